package org.parley.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A transfer whose target's own forwarding sent it on: the forwards follow the transfer in the call's history. */
class ForwardedTransferTargetTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(30);
    private static final SessionDescription ANSWER = AnsweredCalls.CALLEE_ANSWER;
    private static final SessionDescription DAVE = new SessionDescription("application/sdp", "v=0 d".getBytes());

    private final Party alice = new Party("2001", "Alice");
    private final Party bob = new Party("2002", "Bob");
    private final Party carol = new Party("2003", "Carol");
    private final Party dave = new Party("2004", "Dave");

    /** Alice called Bob, who answered and transfers her to Carol; Carol's rule forwards to Dave, whose phone rings. */
    private Call bobTransfersAliceToCarolForwardedToDave(CallHop forward) {
        Call call = AnsweredCalls.transferredByTheCallee(alice, bob, carol, T0, T1);
        assertEquals(Optional.of(new ReferredBy(bob, Optional.empty())), call.transfer().referredBy(), "who asked");
        call.transfer().forwarded(List.of(forward));
        call.addLeg(new CallLeg("d", CallLeg.Role.DESTINATION, dave, "sip:2004@10.0.0.4", false, T1));
        call.transferTargetsDialled(List.of("d"), T1);
        return call;
    }

    @Test
    void theTargetsForwardsFollowTheTransferOnceItIsDone() {
        CallHop forward = new CallHop(CallHop.Type.FORWARD, carol, dave, "unconditional", T1);
        Call call = bobTransfersAliceToCarolForwardedToDave(forward);
        assertEquals(List.of(), call.hops(), "nothing recorded while the transfer is under way");

        call.answered("d", DAVE, T1.plusSeconds(2));
        call.reoffered("a", 200, ANSWER, T1.plusSeconds(3));

        assertEquals(CallState.ANSWERED, call.state());
        assertEquals(dave, call.answeredBy().orElseThrow().party());
        assertEquals(List.of(new CallHop(CallHop.Type.TRANSFER, bob, carol, "blind", T1.plusSeconds(3)), forward),
                call.hops());
        assertEquals(Optional.empty(), call.transfer().referredBy());
    }

    @Test
    void aFailedTransferLeavesNoForwardInTheHistory() {
        Call call = bobTransfersAliceToCarolForwardedToDave(
                new CallHop(CallHop.Type.FORWARD, carol, dave, "unconditional", T1));

        call.failed("d", 486, T1.plusSeconds(2));

        assertEquals(CallState.ANSWERED, call.state());
        assertEquals(List.of(), call.hops());
    }
}
