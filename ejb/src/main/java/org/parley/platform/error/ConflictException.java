package org.parley.platform.error;

/** The request clashes with what exists (a duplicate, a stale version). Front ends answer 409. */
public abstract class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The input field the conflict is about, if one. */
    private final String field;

    protected ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
