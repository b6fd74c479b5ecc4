package org.parley.queue;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The limits past which the wallboard colours a queue's figure amber or red, set per queue by an administrator; a
 * limit not set colours nothing. More waiting callers, a longer wait or a higher abandon rate is worse; a lower
 * service level is worse.
 *
 * @param waiting             callers waiting: amber / red from this many on
 * @param longestWaitSeconds  the first caller's wait: amber / red from this many seconds on
 * @param serviceLevelPercent today's service level: amber / red below this percentage
 * @param abandonRatePercent  today's abandon rate: amber / red from this percentage on
 */
public record QueueThresholds(Limit waiting, Limit longestWaitSeconds, Limit serviceLevelPercent,
        Limit abandonRatePercent) {

    /** No limit at all. */
    public static final QueueThresholds NONE = new QueueThresholds(Limit.NONE, Limit.NONE, Limit.NONE, Limit.NONE);

    /** What a figure looks like. */
    public enum Alert {
        /** Within limits (or no limit set). */
        NONE,
        /** Past the amber limit. */
        AMBER,
        /** Past the red limit. */
        RED
    }

    public QueueThresholds {
        require(waiting.ordered(true), "the red limit of waiting callers must be above the amber one");
        require(longestWaitSeconds.ordered(true), "the red limit of the longest wait must be above the amber one");
        require(serviceLevelPercent.ordered(false), "the red limit of the service level must be below the amber one");
        require(abandonRatePercent.ordered(true), "the red limit of the abandon rate must be above the amber one");
    }

    /** How many callers wait now. */
    public Alert waiting(long callers) {
        return waiting.rising(callers);
    }

    /** How long the first caller has waited (nothing: nobody waits). */
    public Alert longestWait(Optional<Long> seconds) {
        return seconds.map(longestWaitSeconds::rising).orElse(Alert.NONE);
    }

    /** Today's service level (nothing answered yet: no colour). */
    public Alert serviceLevel(Optional<Double> percent) {
        return percent.map(serviceLevelPercent::falling).orElse(Alert.NONE);
    }

    /** Today's abandon rate (nothing offered yet: no colour). */
    public Alert abandonRate(Optional<Double> percent) {
        return percent.map(abandonRatePercent::rising).orElse(Alert.NONE);
    }

    private static void require(boolean rule, String message) {
        if (!rule) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * An amber and a red limit, each optional.
     *
     * @param amber the amber limit, if set
     * @param red   the red limit, if set
     */
    public record Limit(OptionalInt amber, OptionalInt red) {

        public static final Limit NONE = new Limit(OptionalInt.empty(), OptionalInt.empty());

        /** A limit from nullable numbers (a form's or a table's). */
        public static Limit of(Integer amber, Integer red) {
            return new Limit(amber == null ? OptionalInt.empty() : OptionalInt.of(amber),
                    red == null ? OptionalInt.empty() : OptionalInt.of(red));
        }

        /** Red past amber in the direction that is worse ({@code rising}: higher is worse). */
        boolean ordered(boolean rising) {
            if (amber.isEmpty() || red.isEmpty()) {
                return true;
            }
            return rising ? red.getAsInt() > amber.getAsInt() : red.getAsInt() < amber.getAsInt();
        }

        /** Higher is worse: amber or red from the limit on. */
        Alert rising(double value) {
            if (red.isPresent() && value >= red.getAsInt()) {
                return Alert.RED;
            }
            return amber.isPresent() && value >= amber.getAsInt() ? Alert.AMBER : Alert.NONE;
        }

        /** Lower is worse: amber or red below the limit. */
        Alert falling(double value) {
            if (red.isPresent() && value < red.getAsInt()) {
                return Alert.RED;
            }
            return amber.isPresent() && value < amber.getAsInt() ? Alert.AMBER : Alert.NONE;
        }

        /** The amber limit, or null (for forms and tables). */
        public Integer amberOrNull() {
            return amber.isPresent() ? amber.getAsInt() : null;
        }

        /** The red limit, or null (for forms and tables). */
        public Integer redOrNull() {
            return red.isPresent() ? red.getAsInt() : null;
        }
    }
}
