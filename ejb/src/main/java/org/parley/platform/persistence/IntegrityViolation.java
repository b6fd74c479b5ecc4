package org.parley.platform.persistence;

import java.sql.SQLException;

/**
 * Integrity violations a repository turns into the project's own exceptions, recognised by their SQLSTATE in an
 * exception chain (the same codes on PostgreSQL and H2).
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
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
