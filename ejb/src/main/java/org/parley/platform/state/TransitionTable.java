package org.parley.platform.state;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * An explicit state machine: states × triggers → next state. Anything not in the table is an illegal transition.
 *
 * @param <S> states
 * @param <T> triggers
 */
public final class TransitionTable<S extends Enum<S>, T extends Enum<T>> {

    private final String name;
    private final Map<S, Map<T, S>> table;

    private TransitionTable(String name, Map<S, Map<T, S>> table) {
        this.name = name;
        this.table = table;
    }

    /** Starts a table; {@code name} appears in errors. */
    public static <S extends Enum<S>, T extends Enum<T>> Builder<S, T> of(String name, Class<S> states,
            Class<T> triggers) {
        return new Builder<>(name, states, triggers);
    }

    /** The state after {@code trigger} in {@code from}, if the table allows it. */
    public Optional<S> next(S from, T trigger) {
        return Optional.ofNullable(table.getOrDefault(from, Map.of()).get(trigger));
    }

    /** The state after {@code trigger} in {@code from}; {@link IllegalTransition} when the table does not allow it. */
    public S require(S from, T trigger) {
        return next(from, trigger).orElseThrow(() -> new IllegalTransition(name, from, trigger));
    }

    public String name() {
        return name;
    }

    /** A transition the table does not contain. */
    public static final class IllegalTransition extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        public IllegalTransition(String machine, Enum<?> from, Enum<?> trigger) {
            super(machine + ": no transition from " + from + " on " + trigger);
        }
    }

    /** Fills a {@link TransitionTable}. */
    public static final class Builder<S extends Enum<S>, T extends Enum<T>> {
        private final String name;
        private final Class<T> triggers;
        private final Map<S, Map<T, S>> table;

        private Builder(String name, Class<S> states, Class<T> triggers) {
            this.name = name;
            this.triggers = triggers;
            this.table = new EnumMap<>(states);
        }

        /** In {@code from}, {@code trigger} leads to {@code to}. */
        public Builder<S, T> on(S from, T trigger, S to) {
            S previous = table.computeIfAbsent(from, k -> new EnumMap<>(triggers)).put(trigger, to);
            if (previous != null) {
                throw new IllegalArgumentException(name + ": " + from + " on " + trigger + " defined twice");
            }
            return this;
        }

        public TransitionTable<S, T> build() {
            return new TransitionTable<>(name, table);
        }
    }
}
