package org.parley.designfixture.jainsip.call;

/** Breaks "only the connector implementation uses JAIN-SIP": a feature holding a JAIN-SIP type. */
public class LeakyCall {
    public javax.sip.address.SipURI target;
}
