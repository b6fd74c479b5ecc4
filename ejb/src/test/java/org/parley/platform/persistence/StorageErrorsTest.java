package org.parley.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Storage errors become Parley's own in one place. */
class StorageErrorsTest {

    /** Thrown by the converter for a unique violation in these tests. */
    static final class Duplicate extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    /** Thrown by the converter for a foreign-key violation in these tests. */
    static final class InUse extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static PersistenceException failure(String sqlState) {
        return new PersistenceException("flush failed",
                new RuntimeException("EclipseLink", new SQLException("refused", sqlState)));
    }

    /** An entity manager whose flush throws {@code e}. */
    private static EntityManager flushThrowing(RuntimeException e) {
        return (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("flush")) {
                        throw e;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private final StorageErrors errors = StorageErrors.onUnique(Duplicate::new).andOnForeignKey(InUse::new);

    @Test
    void aUniqueViolationBecomesTheRepositorysOwnException() {
        assertThrows(Duplicate.class, () -> errors.flush(flushThrowing(failure("23505"))));
    }

    @Test
    void aForeignKeyViolationBecomesTheRepositorysOwnException() {
        assertThrows(InUse.class, () -> errors.flush(flushThrowing(failure("23503"))));
    }

    @Test
    void anyOtherFailureIsRethrownAsItCame() {
        PersistenceException down = failure("08006");
        assertSame(down, assertThrows(PersistenceException.class, () -> errors.flush(flushThrowing(down))));
        PersistenceException unconverted = failure("23503");
        assertSame(unconverted, assertThrows(PersistenceException.class,
                () -> StorageErrors.onUnique(Duplicate::new).flush(flushThrowing(unconverted))),
                "a violation this repository does not convert");
    }

    @Test
    void dataAndIntegrityErrorsAreTheRecordsFaultOthersAreNot() {
        assertTrue(StorageErrors.isBadData(failure("22001")), "value too long");
        assertTrue(StorageErrors.isBadData(failure("23505")), "duplicate key");
        assertFalse(StorageErrors.isBadData(failure("08006")), "connection failure");
        assertFalse(StorageErrors.isBadData(new IllegalStateException("no SQL state at all")));
    }

    @Test
    void theViolationIsFoundAnywhereInTheChain() {
        SQLException batch = new SQLException("batch failed", (String) null);
        batch.initCause(new SQLException("duplicate", "23505"));
        assertTrue(IntegrityViolation.UNIQUE.isCauseOf(new PersistenceException(batch)));
        assertEquals(java.util.List.of("23505"), StorageErrors.sqlStates(new PersistenceException(batch)));
    }
}
