package org.parley.registrar;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Bindings in a {@link ConcurrentHashMap}: {@link #update} is a {@code compute} on the address of record, so changes
 * to one address of record are serialised. An address of record without bindings has no entry. The listener is
 * called after each committed change that altered the stored bindings, outside the map's lock.
 */
public final class InMemoryBindingTable implements BindingTable {

    private static final Logger LOG = System.getLogger(InMemoryBindingTable.class.getName());

    private final ConcurrentMap<String, AorBindings> table = new ConcurrentHashMap<>();
    private final Listener listener;

    public InMemoryBindingTable(Listener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** A table nobody listens to. */
    public InMemoryBindingTable() {
        this(aor -> { });
    }

    @Override
    public AorBindings get(String aor) {
        Objects.requireNonNull(aor, "aor");
        return table.getOrDefault(aor, AorBindings.empty());
    }

    @Override
    public <R> R update(String aor, Function<AorBindings, Update<R>> change) {
        Objects.requireNonNull(aor, "aor");
        Objects.requireNonNull(change, "change");
        AtomicReference<Update<R>> decided = new AtomicReference<>();
        AtomicBoolean altered = new AtomicBoolean();
        table.compute(aor, (key, stored) -> {
            AorBindings current = stored == null ? AorBindings.empty() : stored;
            Update<R> update = Objects.requireNonNull(change.apply(current), "change returned null");
            decided.set(update);
            AorBindings next = update.next().orElse(current);
            altered.set(!next.equals(current));
            return next.isEmpty() ? null : next;
        });
        if (altered.get()) {
            notifyChanged(aor);
        }
        return decided.get().result();
    }

    /**
     * Puts stored bindings back without telling the listener (they are stored already). For start-up only.
     */
    public void restore(String aor, AorBindings bindings) {
        Objects.requireNonNull(aor, "aor");
        Objects.requireNonNull(bindings, "bindings");
        if (bindings.isEmpty()) {
            table.remove(aor);
        } else {
            table.put(aor, bindings);
        }
    }

    /** Every address of record with bindings, at about this moment (each entry is consistent in itself). */
    public Map<String, AorBindings> snapshot() {
        return Map.copyOf(table);
    }

    /**
     * Drops the bindings lapsed at {@code now}.
     *
     * @return the addresses of record that lost bindings
     */
    public List<String> removeExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        List<String> affected = new ArrayList<>();
        for (String aor : table.keySet()) {
            boolean lost = update(aor, current -> {
                AorBindings live = current.withoutExpired(now);
                return Update.store(live, live.size() != current.size());
            });
            if (lost) {
                affected.add(aor);
            }
        }
        return affected;
    }

    /**
     * The change is committed whatever the listener does, so a failing listener must not turn a successful
     * REGISTER into an error: its exception is logged with its stack trace and the caller goes on.
     */
    private void notifyChanged(String aor) {
        try {
            listener.changed(aor);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Binding listener failed for address of record " + aor
                    + "; the change itself is committed", e);
        }
    }
}
