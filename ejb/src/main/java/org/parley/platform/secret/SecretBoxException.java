package org.parley.platform.secret;

/** A sealed secret could not be opened: another key, another context, or altered bytes. */
public class SecretBoxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SecretBoxException(String message) {
        super(message);
    }

    public SecretBoxException(String message, Throwable cause) {
        super(message, cause);
    }
}
