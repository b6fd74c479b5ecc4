package org.parley.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A transfer to a queue's number: the remaining party waits while the queue (a steerer) rings agents; what fails is
 * reported to the queue instead of failing the transfer; the first agent to answer is connected; the queue giving up
 * fails the transfer.
 */
class SteeredTransferTest {

    private static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(30);
    private static final SessionDescription AGENT = new SessionDescription("application/sdp", "v=0 g".getBytes());
    private static final SessionDescription ALICE = new SessionDescription("application/sdp", "v=0 a".getBytes());

    private final Party alice = new Party("2001", "Alice");
    private final Party bob = new Party("2002", "Bob");
    private final Party queue = new Party("7000", "Sales");
    private final Party agent = new Party("2010", "Gina");
    private final Party otherAgent = new Party("2011", "Hugo");

    /** Alice called Bob, who answered and transfers her to the queue; the queue steers the transfer. */
    private Call bobTransfersAliceToTheQueue() {
        Call call = AnsweredCalls.transferredByTheCallee(alice, bob, queue, T0, T1);
        call.transfer().steer();
        assertTrue(call.transfer().isSteered());
        return call;
    }

    private static void ring(Call call, String legId, Party agent) {
        call.addLeg(new CallLeg(legId, CallLeg.Role.DESTINATION, agent, "sip:" + agent.number() + "@10.0.0.9", false,
                T1));
        assertEquals(List.of(), call.transfer().steeredTargetsDialled(List.of(legId), T1));
    }

    @Test
    void aFailedAgentIsReportedToTheQueueAndTheNextOneIsConnected() {
        Call call = bobTransfersAliceToTheQueue();
        ring(call, "g", otherAgent);

        assertEquals(List.of(new CallAction.DestinationsExhausted(Disposition.BUSY, 486)), call.failed("g", 486, T1));
        assertEquals(CallState.TRANSFERRING, call.state(), "the remaining party still waits");

        ring(call, "h", agent);
        assertEquals(List.of(new CallAction.NotifyTransferor("b", 180)),
                call.progress("h", 180, SessionDescription.none(), T1));
        assertEquals(List.of(new CallAction.Reoffer("a", AGENT)), call.answered("h", AGENT, T1.plusSeconds(5)));
        assertEquals(List.of(new CallAction.Bridge("a", "h"), new CallAction.Acknowledge("h", ALICE),
                new CallAction.NotifyTransferor("b", 200), new CallAction.Hangup("b")),
                call.reoffered("a", 200, ALICE, T1.plusSeconds(6)));

        assertEquals(CallState.ANSWERED, call.state());
        assertEquals(agent, call.answeredBy().orElseThrow().party());
        assertEquals(List.of(new CallHop(CallHop.Type.TRANSFER, bob, queue, "blind", T1.plusSeconds(6))),
                call.hops());
        assertTrue(!call.transfer().isSteered());
    }

    @Test
    void anAgentsRingTimeCancelsItAndTellsTheQueue() {
        Call call = bobTransfersAliceToTheQueue();
        ring(call, "g", agent);

        assertEquals(List.of(new CallAction.Cancel("g"), new CallAction.DestinationsExhausted(Disposition.NO_ANSWER,
                480)), call.ringTimeout(T1.plusSeconds(15)));
        assertEquals(CallState.TRANSFERRING, call.state());
        assertEquals(List.of(), call.failed("g", 487, T1.plusSeconds(15)),
                "the 487 of the cancelled leg changes nothing");
    }

    @Test
    void theQueueGivingUpReturnsTheCallToTheTransferor() {
        Call call = bobTransfersAliceToTheQueue();
        ring(call, "g", agent);

        assertEquals(List.of(new CallAction.Cancel("g"), new CallAction.Bridge("b", "a"),
                new CallAction.NotifyTransferor("b", 480)), call.giveUp(480, T1.plusSeconds(60)));
        assertEquals(CallState.ANSWERED, call.state());
        assertEquals(List.of(), call.hops());
    }

    @Test
    void afterTheQueuesFallbackTheTargetFailingFailsTheTransfer() {
        Call call = bobTransfersAliceToTheQueue();
        ring(call, "g", agent);

        assertEquals(List.of(new CallAction.Cancel("g")), call.transfer().diverted(T1.plusSeconds(60)));
        call.addLeg(new CallLeg("f", CallLeg.Role.DESTINATION, bob, "sip:2003@10.0.0.3", false, T1));
        assertEquals(List.of(), call.transferTargetsDialled(List.of("f"), T1.plusSeconds(60)));

        assertEquals(List.of(new CallAction.Bridge("b", "a"), new CallAction.NotifyTransferor("b", 486)),
                call.failed("f", 486, T1.plusSeconds(61)));
        assertEquals(CallState.ANSWERED, call.state());
    }
}
