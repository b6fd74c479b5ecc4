package org.parley.call;

import java.util.List;
import java.util.Set;

/**
 * What the final statuses of legs mean for a call: busy, no answer or failed, and what the caller is told. Written
 * once here for every place that judges legs (a refused call, a round of destinations, a transfer's targets).
 */
final class LegOutcome {

    /** Statuses that mean the called party is busy (RFC 3261 §21.4.24, §21.6.1, §21.6.2). */
    private static final Set<Integer> BUSY_STATUSES = Set.of(486, 600, 603);
    /** Statuses that mean nobody answered or nobody is there. */
    private static final Set<Integer> NO_ANSWER_STATUSES = Set.of(408, 480, 487);
    /** Final statuses of a leg that concern Parley's own request, not the caller's: never relayed as they are. */
    private static final Set<Integer> NOT_RELAYED_STATUSES = Set.of(401, 407, 487);
    /** What is reported when no leg left a status of its own. */
    private static final int NOBODY_THERE = 480;

    private LegOutcome() {
    }

    /** The final statuses of these legs, in the legs' order (legs that did not fail have none). */
    static List<Integer> statuses(List<CallLeg> legs) {
        return legs.stream().flatMap(l -> l.finalStatus().stream()).toList();
    }

    /**
     * The disposition of legs that all failed: busy when one of them was busy, no answer when every one of them went
     * unanswered (and at least one said so), failed otherwise.
     */
    static Disposition disposition(List<Integer> statuses) {
        if (statuses.stream().anyMatch(BUSY_STATUSES::contains)) {
            return Disposition.BUSY;
        }
        if (!statuses.isEmpty() && statuses.stream().allMatch(NO_ANSWER_STATUSES::contains)) {
            return Disposition.NO_ANSWER;
        }
        return Disposition.FAILED;
    }

    /** The status that stands for these failed legs: the first busy one, else the last one, else 480. */
    static int representative(List<Integer> statuses) {
        return statuses.stream().filter(BUSY_STATUSES::contains).findFirst().orElse(last(statuses));
    }

    /** The last of these statuses, or 480 when there is none. */
    static int last(List<Integer> statuses) {
        return statuses.isEmpty() ? NOBODY_THERE : statuses.get(statuses.size() - 1);
    }

    /**
     * What the caller is told when nobody could be reached. A device's or carrier's 401/407 challenged Parley's own
     * INVITE: it means nothing to the caller (who could only answer it for Parley's realm, and gets no challenge with
     * it), so it is not relayed (RFC 3261 §22.3: a 407 without Proxy-Authenticate is malformed).
     */
    static int callerStatus(Disposition d, int lastStatus) {
        return switch (d) {
            case BUSY -> 486;
            case NO_ANSWER -> NOBODY_THERE;
            default -> lastStatus >= 400 && lastStatus < 700 && !NOT_RELAYED_STATUSES.contains(lastStatus)
                    ? lastStatus : NOBODY_THERE;
        };
    }
}
