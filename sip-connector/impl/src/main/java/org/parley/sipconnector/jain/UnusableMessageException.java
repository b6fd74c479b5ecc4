package org.parley.sipconnector.jain;

/** A message JAIN-SIP parsed but that lacks something the connector's view needs; answered 400 when a request. */
final class UnusableMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UnusableMessageException(String message) {
        super(message);
    }
}
