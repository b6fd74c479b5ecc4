package org.parley.platform.persistence;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Tells a failure of the database itself (unreachable, a connection not had in time, a statement timed out) from
 * any other failure, so that the API can answer 503 with {@code Retry-After} rather than 500.
 */
public final class StorageUnavailable {

    /** What a client is told to wait before trying again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private StorageUnavailable() {
    }

    /** Whether {@code failure} was caused by the database being unavailable. */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof QueryTimeoutException
                    || t instanceof LockTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
