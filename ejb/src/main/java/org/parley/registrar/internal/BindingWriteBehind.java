package org.parley.registrar.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.registrar.AorBindings;
import org.parley.registrar.BindingRepository;
import org.parley.registrar.BindingTable;
import org.parley.registrar.InMemoryBindingTable;

/**
 * Copies changed bindings to the database behind the SIP path: REGISTER handling only marks an address of record
 * dirty; {@link #flush()} (run every few tens of milliseconds, and at shutdown) writes the current bindings of the
 * dirty ones in batched transactions. A failed write keeps them dirty and is retried; nothing is dropped.
 */
final class BindingWriteBehind implements BindingTable.Listener {

    private static final Logger LOG = Logger.getLogger(BindingWriteBehind.class.getName());
    static final int BATCH = 2000;
    private static final Duration FAILURE_LOG_INTERVAL = Duration.ofMinutes(1);

    private final Set<String> dirty = ConcurrentHashMap.newKeySet();
    private final ReentrantLock flushing = new ReentrantLock();
    private final BindingRepository repository;
    private final Clock clock;
    private InMemoryBindingTable table;
    private Instant lastFailureLogged = Instant.EPOCH;
    private int failuresInARow;

    BindingWriteBehind(BindingRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    void attach(InMemoryBindingTable bindingTable) {
        this.table = bindingTable;
    }

    @Override
    public void changed(String aor) {
        dirty.add(aor);
    }

    int pending() {
        return dirty.size();
    }

    /** Writes every dirty address of record; returns how many were written. */
    int flush() {
        flushing.lock();
        try {
            int written = 0;
            while (!dirty.isEmpty()) {
                Map<String, AorBindings> batch = takeBatch();
                try {
                    repository.replace(batch);
                } catch (RuntimeException e) {
                    int stored = writeOneByOne(batch);
                    if (stored < batch.size()) {
                        reportFailure(batch.size() - stored, e);
                        return written + stored;
                    }
                    written += stored;
                    continue;
                }
                written += batch.size();
                recovered();
            }
            return written;
        } finally {
            flushing.unlock();
        }
    }

    /** After a failed batch: stores each address of record alone, so one bad row cannot hold back the others. */
    private int writeOneByOne(Map<String, AorBindings> batch) {
        int stored = 0;
        for (Map.Entry<String, AorBindings> e : batch.entrySet()) {
            try {
                repository.replace(Map.of(e.getKey(), table.get(e.getKey())));
                stored++;
            } catch (RuntimeException failed) {
                dirty.add(e.getKey());
                LOG.log(Level.WARNING, "Could not store the bindings of extension {0}: {1}",
                        new Object[] {e.getKey(), failed.getMessage()});
            }
        }
        return stored;
    }

    private Map<String, AorBindings> takeBatch() {
        Map<String, AorBindings> batch = new LinkedHashMap<>();
        List<String> taken = new ArrayList<>();
        for (Iterator<String> it = dirty.iterator(); it.hasNext() && taken.size() < BATCH; ) {
            String aor = it.next();
            it.remove();
            taken.add(aor);
        }
        for (String aor : taken) {
            batch.put(aor, table.get(aor));
        }
        return batch;
    }

    private void reportFailure(int count, RuntimeException e) {
        failuresInARow++;
        Instant now = clock.instant();
        if (failuresInARow == 1 || now.isAfter(lastFailureLogged.plus(FAILURE_LOG_INTERVAL))) {
            lastFailureLogged = now;
            LOG.log(Level.WARNING, "Could not store the bindings of " + count + " extensions (" + dirty.size()
                    + " waiting, attempt " + failuresInARow + "); retrying", e);
        }
    }

    private void recovered() {
        if (failuresInARow > 0) {
            LOG.info(() -> "Bindings stored again after " + failuresInARow + " failed attempts");
            failuresInARow = 0;
        }
    }
}
