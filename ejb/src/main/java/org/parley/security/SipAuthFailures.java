package org.parley.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SIP guard's memory and rules, without any container: failed authentications in a sliding window per source
 * address and per extension, bans that double on repeat, and the sources each extension was authenticated from.
 * Thread-safe (one lock; every operation is a few map look-ups). Memory is bounded: at most {@code capacity} sources
 * and as many extensions are remembered, the least recently seen forgotten first.
 */
public final class SipAuthFailures {

    /** Sources remembered per extension as having authenticated as it. */
    static final int TRUSTED_PER_EXTENSION = 32;
    /** Failures an extension remembers beyond its threshold: enough for the delay to reach its longest. */
    static final int EXTENSION_FAILURES_BEYOND = 32;

    /** How long a source's earlier bans count towards the length of its next one. */
    static final Duration REPEAT_MEMORY = Duration.ofDays(1);

    private final SipGuardPolicy policy;
    private final Clock clock;
    private final Map<String, Source> sources;
    private final Map<String, Target> extensions;

    public SipAuthFailures(SipGuardPolicy policy, Clock clock, int capacity) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sources = bounded(capacity);
        this.extensions = bounded(capacity);
    }

    public SipGuardPolicy policy() {
        return policy;
    }

    /** Counts a failure; the ban it leads to, if any. */
    public synchronized Optional<SipBan> failed(String source, String extension) {
        Instant now = clock.instant();
        extensions.computeIfAbsent(extension, e -> newTarget()).failures.add(now, policy.window());
        Source s = sources.computeIfAbsent(source, a -> new Source(policy.banAfter()));
        int count = s.failures.add(now, policy.window());
        if (s.bannedAt(now) || count < policy.banAfter()) {
            return Optional.empty();
        }
        if (s.until == null || s.until.plus(REPEAT_MEMORY).isBefore(now)) {
            s.repeat = 0;
        }
        s.repeat++;
        s.since = now;
        s.until = now.plus(policy.banLength(s.repeat));
        s.failuresAtBan = count;
        s.failures.clear();
        return Optional.of(new SipBan(source, s.since, s.until, count, s.repeat));
    }

    /** Remembers that {@code source} authenticated as {@code extension}. */
    public synchronized void succeeded(String source, String extension) {
        extensions.computeIfAbsent(extension, e -> newTarget()).trusted.put(source, clock.instant());
    }

    /**
     * Whether a request naming {@code extension} from {@code source} is answered. An extension with at least
     * {@code slowAfter} failures in the window answers sources it was never authenticated from at most once per delay,
     * the delay doubling with each failure beyond the threshold; its trusted sources are always answered.
     */
    public synchronized boolean admits(String source, String extension) {
        Target t = extensions.get(extension);
        if (t == null || t.trusted.containsKey(source)) {
            return true;
        }
        Instant now = clock.instant();
        int count = t.failures.count(now, policy.window());
        if (count < policy.slowAfter()) {
            return true;
        }
        if (t.nextAnswer != null && now.isBefore(t.nextAnswer)) {
            return false;
        }
        t.nextAnswer = now.plus(policy.delay(count - policy.slowAfter()));
        return true;
    }

    /** The bans in force, earliest end first. */
    public synchronized List<SipBan> bans() {
        Instant now = clock.instant();
        return sources.entrySet().stream()
                .filter(e -> e.getValue().bannedAt(now))
                .map(e -> new SipBan(e.getKey(), e.getValue().since, e.getValue().until,
                        e.getValue().failuresAtBan, e.getValue().repeat))
                .sorted(Comparator.comparing(SipBan::until))
                .toList();
    }

    /** Ends the ban of {@code source} and forgets its failures and earlier bans; whether it was banned. */
    public synchronized boolean lift(String source) {
        Source s = sources.remove(source);
        return s != null && s.bannedAt(clock.instant());
    }

    private static <V> Map<String, V> bounded(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    private Target newTarget() {
        return new Target(policy.slowAfter() + EXTENSION_FAILURES_BEYOND);
    }

    /** Failure times within the window, oldest first; at most {@code cap} of them (a count stops at the cap). */
    private static final class Window {
        private final Deque<Instant> times = new ArrayDeque<>();
        private final int cap;

        Window(int cap) {
            this.cap = cap;
        }

        int add(Instant now, Duration window) {
            times.addLast(now);
            if (times.size() > cap) {
                times.removeFirst();
            }
            return count(now, window);
        }

        int count(Instant now, Duration window) {
            Instant from = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(from)) {
                times.removeFirst();
            }
            return times.size();
        }

        void clear() {
            times.clear();
        }
    }

    private static final class Source {
        final Window failures;
        Instant since;
        Instant until;
        int repeat;
        int failuresAtBan;

        Source(int cap) {
            failures = new Window(cap);
        }

        boolean bannedAt(Instant now) {
            return until != null && until.isAfter(now);
        }
    }

    private static final class Target {
        final Window failures;
        /** Sources that authenticated as this extension, with when they last did. */
        final Map<String, Instant> trusted = bounded(TRUSTED_PER_EXTENSION);
        Instant nextAnswer;

        Target(int cap) {
            failures = new Window(cap);
        }
    }
}
