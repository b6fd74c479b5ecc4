package org.parley.platform.error;

/** Something the caller named does not exist. Front ends answer 404. */
public abstract class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected NotFoundException(String message) {
        super(message);
    }
}
