package org.parley.platform.persistence;

/**
 * Integrity violations {@link StorageErrors} turns into the project's own exceptions, recognised by their SQLSTATE in
 * an exception chain (the same codes on PostgreSQL and H2).
 */
public enum IntegrityViolation {
    UNIQUE("23505"),
    FOREIGN_KEY("23503");

    private final String sqlState;

    IntegrityViolation(String sqlState) {
        this.sqlState = sqlState;
    }

    /** Whether {@code t} or one of its causes is this violation. */
    public boolean isCauseOf(Throwable t) {
        return StorageErrors.sqlStates(t).contains(sqlState);
    }
}
