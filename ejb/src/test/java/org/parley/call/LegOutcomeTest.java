package org.parley.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What failed legs' final statuses mean: one rule for a refused call, a round of destinations and a transfer's targets. */
class LegOutcomeTest {

    @Test
    void oneBusyLegMakesTheOutcomeBusy() {
        assertEquals(Disposition.BUSY, LegOutcome.disposition(List.of(480, 486, 503)));
        assertEquals(Disposition.BUSY, LegOutcome.disposition(List.of(603)));
        assertEquals(Disposition.BUSY, LegOutcome.disposition(List.of(600)));
    }

    @Test
    void everyLegUnansweredMakesItNoAnswer() {
        assertEquals(Disposition.NO_ANSWER, LegOutcome.disposition(List.of(408, 480, 487)));
    }

    @Test
    void anyOtherFailureOrNoStatusAtAllMakesItFailed() {
        assertEquals(Disposition.FAILED, LegOutcome.disposition(List.of(480, 503)));
        assertEquals(Disposition.FAILED, LegOutcome.disposition(List.of()));
    }

    @Test
    void theStatusStandingForFailedLegsIsTheFirstBusyOneElseTheLast() {
        assertEquals(486, LegOutcome.representative(List.of(480, 486, 603)));
        assertEquals(503, LegOutcome.representative(List.of(480, 503)));
        assertEquals(480, LegOutcome.representative(List.of()));
    }

    @Test
    void theCallerIsNeverRelayedAChallengeOrParleysOwnCancel() {
        assertEquals(486, LegOutcome.callerStatus(Disposition.BUSY, 600));
        assertEquals(480, LegOutcome.callerStatus(Disposition.NO_ANSWER, 408));
        assertEquals(404, LegOutcome.callerStatus(Disposition.FAILED, 404));
        assertEquals(480, LegOutcome.callerStatus(Disposition.FAILED, 407));
        assertEquals(480, LegOutcome.callerStatus(Disposition.FAILED, 401));
        assertEquals(480, LegOutcome.callerStatus(Disposition.FAILED, 200));
    }
}
