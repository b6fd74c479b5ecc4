package org.parley.tracing;

import java.time.Instant;
import java.util.Optional;
import org.parley.call.CallView;

/**
 * What call tracing keeps of a finished call: its numbers, when it started, how long it lasted, whether it was
 * answered (and by which number).
 */
public record TracedCall(String callId, String callerNumber, String calleeNumber, Optional<String> answeredBy,
        Instant startedAt, int durationSeconds) {

    /** The facts of a call that has ended. */
    public static TracedCall of(CallView call) {
        Instant ended = call.endedAt().orElseThrow(() -> new IllegalArgumentException("call " + call.id()
                + " has not ended"));
        return new TracedCall(call.id(), call.caller().number(), call.callee().number(),
                call.answeredBy().map(l -> l.party().number()), call.createdAt(),
                (int) Math.round(call.duration(ended).toMillis() / 1000.0));
    }

    public boolean answered() {
        return answeredBy.isPresent();
    }
}
