package org.parley.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;

/**
 * Recent failed sign-ins per key (a user name or a client address), in memory, applying a {@link ThrottlePolicy}.
 * At most {@code capacity} keys are tracked: when full, keys with nothing left to remember go first, then the ones
 * whose last failure is oldest. Thread-safe; every method is quick (no waiting: refusals say how long to wait).
 */
public final class LoginFailures {

    /** What a failure led to. */
    public enum Outcome {
        /** Below the delay threshold: nothing changes for the next attempt. */
        COUNTED,
        /** The next attempt must wait. */
        DELAYED,
        /** This failure started a lockout. */
        LOCKED_OUT
    }

    private static final class Entry {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil;
        boolean refusalReported;
    }

    private final ThrottlePolicy policy;
    private final Clock clock;
    private final int capacity;
    /** Insertion order = order of the last failure (an entry is moved to the end on each failure). */
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();

    public LoginFailures(ThrottlePolicy policy, Clock clock, int capacity) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    public ThrottlePolicy policy() {
        return policy;
    }

    /** Whether an attempt under {@code key} may have its credentials checked now; a refusal says why not. */
    public synchronized Optional<ThrottleRefusal> check(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (entry.lockedUntil != null) {
            if (now.isBefore(entry.lockedUntil)) {
                return Optional.of(refusal(entry, ThrottleRefusal.Kind.LOCKED_OUT,
                        Duration.between(now, entry.lockedUntil)));
            }
            entries.remove(key); // the lockout is over: start afresh
            return Optional.empty();
        }
        forgetOld(entry, now);
        if (entry.failures.isEmpty()) {
            entries.remove(key);
            return Optional.empty();
        }
        Instant allowedFrom = entry.failures.getLast().plus(policy.delayAfterFailures(entry.failures.size()));
        if (now.isBefore(allowedFrom)) {
            return Optional.of(refusal(entry, ThrottleRefusal.Kind.TOO_EARLY, Duration.between(now, allowedFrom)));
        }
        return Optional.empty();
    }

    /** Counts a failed attempt under {@code key}. */
    public synchronized Outcome failed(String key) {
        Instant now = clock.instant();
        Entry entry = entries.remove(key);
        if (entry == null) {
            makeRoom(now);
            entry = new Entry();
        }
        entries.put(key, entry);
        forgetOld(entry, now);
        entry.failures.addLast(now);
        entry.refusalReported = false;
        if (entry.failures.size() >= policy.lockoutAfter()) {
            entry.lockedUntil = now.plus(policy.lockout());
            return Outcome.LOCKED_OUT;
        }
        return entry.failures.size() >= policy.delayAfter() ? Outcome.DELAYED : Outcome.COUNTED;
    }

    /** Forgets the failures under {@code key}, unless it is locked out (a lockout runs its course). */
    public synchronized void reset(String key) {
        Entry entry = entries.get(key);
        if (entry != null && entry.lockedUntil == null) {
            entries.remove(key);
        }
    }

    /** Failures remembered under {@code key} now. */
    public synchronized int failures(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return 0;
        }
        forgetOld(entry, clock.instant());
        return entry.failures.size();
    }

    /** Keys tracked now (at most the capacity). */
    public synchronized int size() {
        return entries.size();
    }

    private ThrottleRefusal refusal(Entry entry, ThrottleRefusal.Kind kind, Duration wait) {
        boolean first = !entry.refusalReported;
        entry.refusalReported = true;
        return new ThrottleRefusal(kind, wait, entry.failures.size(), first);
    }

    private void forgetOld(Entry entry, Instant now) {
        Instant horizon = now.minus(policy.window());
        while (!entry.failures.isEmpty() && !entry.failures.getFirst().isAfter(horizon)) {
            entry.failures.removeFirst();
        }
    }

    private void makeRoom(Instant now) {
        if (entries.size() < capacity) {
            return;
        }
        entries.values().removeIf(e -> nothingToRemember(e, now));
        if (entries.size() >= capacity) {
            // still full of recent failures: drop the key whose last failure is oldest
            Iterator<String> oldest = entries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
    }

    private boolean nothingToRemember(Entry entry, Instant now) {
        if (entry.lockedUntil != null) {
            return !now.isBefore(entry.lockedUntil);
        }
        forgetOld(entry, now);
        return entry.failures.isEmpty();
    }
}
