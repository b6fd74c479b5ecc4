package org.parley.registrar;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the bindings of every address of record live. Changes to one address of record are atomic and serialised;
 * different addresses of record do not wait for each other.
 */
public interface BindingTable {

    /** The stored bindings of {@code aor}, empty when it has none. They may include lapsed ones. */
    AorBindings get(String aor);

    /**
     * Reads the bindings of {@code aor} and decides, atomically: no other change to {@code aor} happens between
     * the read and the write. {@code change} must be quick and free of side effects: it may run under a lock,
     * and an implementation with optimistic concurrency (a data grid) may call it more than once.
     *
     * @return the result carried by the {@link Update}
     */
    <R> R update(String aor, Function<AorBindings, Update<R>> change);

    /** Told after a change to an address of record has been committed. */
    @FunctionalInterface
    interface Listener {

        /**
         * The bindings of {@code aor} changed. Calls for one address of record may arrive out of order when changes
         * race, so read the current state with {@link BindingTable#get} instead of assuming one.
         */
        void changed(String aor);
    }

    /**
     * What an {@link #update} decided: the new bindings, or none to leave them as they are, and a result for the
     * caller.
     *
     * @param next   the bindings to store; empty to change nothing
     * @param result what {@code update} returns
     */
    record Update<R>(Optional<AorBindings> next, R result) {

        public Update {
            Objects.requireNonNull(next, "next");
        }

        /** Store {@code next} and return {@code result}. */
        public static <R> Update<R> store(AorBindings next, R result) {
            return new Update<>(Optional.of(Objects.requireNonNull(next, "next")), result);
        }

        /** Change nothing and return {@code result}. */
        public static <R> Update<R> keep(R result) {
            return new Update<>(Optional.empty(), result);
        }
    }
}
