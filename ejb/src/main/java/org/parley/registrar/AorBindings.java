package org.parley.registrar;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The bindings of one address of record (an extension number), at most one per contact
 * {@linkplain ContactAddress#key() equivalence key}. Immutable; order is registration order.
 *
 * @param bindings the bindings, unique by {@code address().key()}
 */
public record AorBindings(List<Binding> bindings) {

    private static final AorBindings EMPTY = new AorBindings(List.of());

    public AorBindings {
        bindings = List.copyOf(Objects.requireNonNull(bindings, "bindings"));
        Set<String> keys = new HashSet<>();
        for (Binding binding : bindings) {
            if (!keys.add(binding.key())) {
                throw new IllegalArgumentException("two bindings for the same contact: " + binding.key());
            }
        }
    }

    public static AorBindings empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return bindings.isEmpty();
    }

    public int size() {
        return bindings.size();
    }

    /** The binding of a contact, by equivalence key. */
    public Optional<Binding> find(String key) {
        return bindings.stream().filter(binding -> binding.key().equals(key)).findFirst();
    }

    /** The same bindings without those lapsed at {@code now}. */
    public AorBindings withoutExpired(Instant now) {
        Objects.requireNonNull(now, "now");
        if (bindings.stream().noneMatch(binding -> binding.expiredAt(now))) {
            return this;
        }
        return new AorBindings(bindings.stream().filter(binding -> !binding.expiredAt(now)).toList());
    }

    /** When the first of these bindings lapses; empty when there are none. */
    public Optional<Instant> nextExpiry() {
        return bindings.stream().map(Binding::expiresAt).min(Comparator.naturalOrder());
    }
}
