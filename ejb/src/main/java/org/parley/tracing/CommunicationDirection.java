package org.parley.tracing;

/** A call communication's direction, seen from the company: a call received or a call made. */
public enum CommunicationDirection {
    INCOMING, OUTGOING
}
