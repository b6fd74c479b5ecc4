package org.parley.call;

/** The signalling side could not carry out what call control asked (the leg is gone, the device unreachable). */
public class SignallingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignallingException(String message, Throwable cause) {
        super(message, cause);
    }
}
