package org.parley.directory.jpa;

import java.sql.SQLException;

/** Recognises a unique-constraint violation (SQLSTATE 23505 on PostgreSQL and H2) in an exception chain. */
final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    static boolean isCauseOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
