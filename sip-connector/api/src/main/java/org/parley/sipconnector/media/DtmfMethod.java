package org.parley.sipconnector.media;

/** How a key press reached Parley. */
public enum DtmfMethod {
    /** RTP telephone-event packets (RFC 4733). */
    RFC4733,
    /** A SIP INFO request ({@code application/dtmf-relay} or {@code application/dtmf}). */
    SIP_INFO
}
