package org.parley.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one place where storage errors become Parley's own: a repository says which exception an integrity violation
 * means for it ({@link #onUnique}, {@link #onForeignKey}) and {@link #flush flushes} through it; write-behind queues
 * ask {@link #isBadData} whether a failed write was the record's fault or the database's.
 */
public final class StorageErrors {

    private static final String DATA_EXCEPTION_CLASS = "22";
    private static final String INTEGRITY_CONSTRAINT_CLASS = "23";

    private final Map<IntegrityViolation, Supplier<? extends RuntimeException>> conversions =
            new EnumMap<>(IntegrityViolation.class);

    private StorageErrors() {
    }

    /** A unique-constraint violation means {@code converted}. */
    public static StorageErrors onUnique(Supplier<? extends RuntimeException> converted) {
        return new StorageErrors().andOnUnique(converted);
    }

    /** A foreign-key violation means {@code converted}. */
    public static StorageErrors onForeignKey(Supplier<? extends RuntimeException> converted) {
        return new StorageErrors().andOnForeignKey(converted);
    }

    public StorageErrors andOnUnique(Supplier<? extends RuntimeException> converted) {
        conversions.put(IntegrityViolation.UNIQUE, converted);
        return this;
    }

    public StorageErrors andOnForeignKey(Supplier<? extends RuntimeException> converted) {
        conversions.put(IntegrityViolation.FOREIGN_KEY, converted);
        return this;
    }

    /**
     * Flushes {@code em}; a violation this converter knows becomes its exception, anything else is rethrown as it
     * came.
     */
    public void flush(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw convert(e);
        }
    }

    /** What {@code e} means here: the converted exception of the violation it carries, else {@code e} itself. */
    public RuntimeException convert(RuntimeException e) {
        for (Map.Entry<IntegrityViolation, Supplier<? extends RuntimeException>> c : conversions.entrySet()) {
            if (c.getKey().isCauseOf(e)) {
                return c.getValue().get();
            }
        }
        return e;
    }

    /**
     * Whether a failed write was refused for the data it carried (SQLSTATE class 22, data exception, or 23,
     * integrity constraint violation): writing the same record again would fail again. Anything else (no connection,
     * a timeout, a database shut down) may pass later.
     */
    public static boolean isBadData(Throwable t) {
        return sqlStates(t).stream()
                .anyMatch(s -> s.startsWith(DATA_EXCEPTION_CLASS) || s.startsWith(INTEGRITY_CONSTRAINT_CLASS));
    }

    /** The SQLSTATEs of the SQL exceptions in {@code t}'s chain, outermost first. */
    static List<String> sqlStates(Throwable t) {
        List<String> states = new ArrayList<>();
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                states.add(sql.getSQLState());
            }
        }
        return states;
    }
}
