package org.parley.queue;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a queue's waiting caller hears (Asterisk {@code musicclass}, {@code announce}, {@code announce-position},
 * {@code announce-holdtime}, {@code announce-frequency}, the {@code r} option): music of a class, an optional sound
 * on entering, their position and estimated wait every {@code announceFrequency}, and music or a ringback tone while
 * an agent rings.
 *
 * @param musicClass        the music-on-hold class played while waiting
 * @param announcement      a sound played once on entering, if any
 * @param announcePosition  whether the position is announced
 * @param announceHoldTime  whether the estimated wait is announced
 * @param announceFrequency how often they are announced (zero: never)
 * @param ringingMode       what the caller hears while an agent rings
 */
public record CallerAudio(String musicClass, Optional<String> announcement, boolean announcePosition,
        boolean announceHoldTime, Duration announceFrequency, RingingMode ringingMode) {

    /** Music of the class {@code default}, no announcement, position and wait not announced, music while ringing. */
    public static final CallerAudio DEFAULT = new CallerAudio("default", Optional.empty(), true, true, Duration.ZERO,
            RingingMode.MUSIC);

    public CallerAudio {
        Objects.requireNonNull(musicClass, "musicClass");
        Objects.requireNonNull(announcement, "announcement");
        Objects.requireNonNull(announceFrequency, "announceFrequency");
        Objects.requireNonNull(ringingMode, "ringingMode");
    }

    /** Whether anything is announced periodically. */
    public boolean announces() {
        return !announceFrequency.isZero() && (announcePosition || announceHoldTime);
    }

    /** What a waiting caller hears while an agent rings for them. */
    public enum RingingMode {
        /** The queue's music goes on (Asterisk's default). */
        MUSIC,
        /** A ringback tone (Asterisk's {@code r} option). */
        RINGBACK;

        /** The name used in the API ({@code music}, {@code ringback}). */
        public String apiName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The mode of an API name, if it is one. */
        public static Optional<RingingMode> ofApiName(String name) {
            for (RingingMode m : values()) {
                if (m.apiName().equals(name)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }
}
