package org.parley.tracing;

import java.time.Instant;
import java.util.Optional;

/**
 * A call detail record as shown to people and systems.
 *
 * @param id               the call's id
 * @param direction        INTERNAL, INBOUND, OUTBOUND, ORIGINATED
 * @param answeredByNumber the extension (or number) whose device answered
 * @param answeredByDevice the device that answered (contact URI, or trunk and number)
 * @param durationSeconds  from start to end
 * @param talkSeconds      from answer to end
 * @param disposition      ANSWERED, NO ANSWER, BUSY, FAILED, CANCELLED
 * @param endedBy          who hung up, when a device did
 * @param hops             the forwards and transfers, in order
 */
public record CallRecordView(String id, String direction, String callerNumber, Optional<String> callerName,
        String calleeNumber, Optional<String> calleeName, Optional<String> answeredByNumber,
        Optional<String> answeredByDevice, Optional<String> trunk, Instant startedAt, Optional<Instant> answeredAt,
        Instant endedAt, int durationSeconds, int talkSeconds, String disposition, Optional<String> endedBy,
        java.util.List<HopView> hops) {
}
