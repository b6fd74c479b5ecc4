package org.parley.sipconnector;

/** A message could not be sent: its transaction is gone, or it was refused by the stack. */
public class SipSendException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SipSendException(String message) {
        super(message);
    }

    public SipSendException(String message, Throwable cause) {
        super(message, cause);
    }
}
