package org.parley.queue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.agent.AgentState;
import org.parley.agent.Scheduler;
import org.parley.agent.internal.AgentRoster;
import org.parley.call.CallDirection;
import org.parley.call.CallEvent;
import org.parley.call.CallHop;
import org.parley.call.CallLeg;
import org.parley.call.CallState;
import org.parley.call.CallSteering;
import org.parley.call.CallView;
import org.parley.call.Destination;
import org.parley.call.LegState;
import org.parley.call.LegView;
import org.parley.call.Party;
import org.parley.call.TransferRequest;
import org.parley.call.TransferStage;
import org.parley.call.TransferView;
import org.parley.queue.MemberKind;
import org.parley.queue.QueueEventType;
import org.parley.queue.QueueEventView;
import org.parley.queue.QueueMemberView;
import org.parley.queue.QueueSettings;
import org.parley.queue.QueueThresholds;
import org.parley.queue.Strategy;
import org.parley.registrar.MutableClock;

/**
 * A live queue with the real agent roster and fakes for the rest: what it measures (an agent free while a caller
 * waits until rung, callers' waits) and what it logs when a connected call is transferred.
 */
class LiveQueueTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final Duration SEND_TIME = Duration.ofMillis(3);

    private final MutableClock clock = new MutableClock(T0);
    /** What the lane would run next: the queue serving again after an agent changed. */
    private final Queue<Runnable> lane = new ArrayDeque<>();
    private final List<QueueEventView> log = new ArrayList<>();
    private final List<Duration> dispatches = new ArrayList<>();
    private final List<Duration> waits = new ArrayList<>();
    /** Per call, the agents rung for it, in order. */
    private final List<String> rings = new ArrayList<>();
    private final List<Runnable> timers = new ArrayList<>();
    private AgentRoster agents;
    private LiveQueue queue;

    @BeforeEach
    void setUp() {
        setUp(Duration.ZERO);
    }

    private void setUp(Duration wrapUp) {
        Scheduler scheduler = (delay, task) -> {
            timers.add(task);
            return () -> timers.remove(task);
        };
        agents = new AgentRoster(clock, scheduler, n -> n.startsWith("20"), change -> lane.add(() -> queue.serve()));
        CallSteering steering = new FakeSteering();
        QueueMeter meter = new QueueMeter() {
            @Override
            public void agentRung(Duration idle) {
                dispatches.add(idle);
            }

            @Override
            public void callerConnected(Duration wait) {
                waits.add(wait);
            }
        };
        QueuePorts ports = new QueuePorts(steering, null, agents, scheduler,
                ext -> List.of(new Destination.Device(ext, "sip:" + ext + "@10.0.0.1", "udp", "10.0.0.1", 5060)),
                Party::of, n -> Optional.empty(), log::add, meter, clock, n -> 0);
        QueueSettings settings = new QueueSettings(7, "Support", "600", Strategy.RRMEMORY, Duration.ZERO,
                Optional.empty(), Duration.ofSeconds(15), Duration.ZERO, wrapUp, 0, Duration.ofSeconds(20), true,
                false, Optional.empty(), Optional.empty(), List.of(new QueueMemberView("2001", MemberKind.STATIC)),
                QueueThresholds.NONE);
        queue = new LiveQueue(settings, ports, lane::add);
        queue.configure(settings);
        runLane();
    }

    @Test
    void anAgentFreedWhileACallerWaitsIsTimedUntilTheirRingIsSent() {
        queue.arrive(call("c1", CallState.RINGING));
        clock.advance(Duration.ofSeconds(2));
        queue.answered(answered("c1", "2001"), clock.instant());
        queue.arrive(call("c2", CallState.RINGING));
        clock.advance(Duration.ofSeconds(30));

        queue.ended(ended("c1", "2001"));
        runLane();

        assertEquals(List.of("c1:2001", "c2:2001"), rings);
        assertEquals(List.of(SEND_TIME), dispatches, "from the end of c1 (the agent free) to c2's ring sent");
        assertEquals(List.of(SEND_TIME.plusSeconds(2)), waits, "c1's wait until its answer; c2 is not connected yet");
    }

    @Test
    void anAgentFreeBeforeTheCallerCameIsNotCounted() {
        clock.advance(Duration.ofSeconds(10));
        queue.arrive(call("c1", CallState.RINGING));
        runLane();

        assertEquals(List.of("c1:2001"), rings);
        assertEquals(List.of(), dispatches, "the caller's arrival rang an agent who was already free");
    }

    @Test
    void theWrapUpEndingIsWhenTheAgentBecomesFree() {
        setUpAgain(Duration.ofSeconds(5));
        queue.arrive(call("c1", CallState.RINGING));
        queue.answered(answered("c1", "2001"), clock.instant());
        queue.arrive(call("c2", CallState.RINGING));
        clock.advance(Duration.ofSeconds(20));
        queue.ended(ended("c1", "2001"));
        runLane();
        assertEquals(List.of("c1:2001"), rings, "wrap-up: not rung yet");

        clock.advance(Duration.ofSeconds(5));
        new ArrayList<>(timers).forEach(Runnable::run);
        runLane();

        assertEquals(List.of("c1:2001", "c2:2001"), rings);
        assertEquals(List.of(SEND_TIME), dispatches);
    }

    @Test
    void aBlindTransferByTheAgentIsLoggedInsteadOfACompletion() {
        queue.arrive(call("c1", CallState.RINGING));
        clock.advance(Duration.ofSeconds(4));
        queue.answered(answered("c1", "2001"), clock.instant());
        clock.advance(Duration.ofSeconds(61));

        queue.transferred(transferred("c1", "2001", "2005", "blind"));
        queue.ended(ended("c1", "2005"));
        runLane();

        List<QueueEventType> types = log.stream().map(QueueEventView::type).toList();
        assertEquals(List.of(QueueEventType.ENTERQUEUE, QueueEventType.CONNECT, QueueEventType.BLINDTRANSFER), types);
        QueueEventView transfer = log.get(2);
        assertEquals(Optional.of("c1"), transfer.callId());
        assertEquals(Optional.of("2001"), transfer.agent());
        assertEquals(Optional.of("2005"), transfer.target(), "Asterisk's extension");
        assertEquals(Optional.of("blind"), transfer.reason(), "in Asterisk's context place: asked by REFER");
        assertEquals(Optional.of(4), transfer.waitSeconds(), "holdtime");
        assertEquals(Optional.of(61), transfer.talkSeconds(), "calltime");
        assertEquals(Optional.of(1), transfer.origPosition());
        assertEquals(AgentState.AVAILABLE, agents.view("2001").state(), "the agent is done with the call");
    }

    @Test
    void anAttendedTransferIsLoggedWithTheBridgeMethod() {
        queue.arrive(call("c1", CallState.RINGING));
        queue.answered(answered("c1", "2001"), clock.instant());
        clock.advance(Duration.ofSeconds(9));

        queue.transferred(transferred("c1", "2001", "2007", "attended"));

        QueueEventView transfer = log.get(log.size() - 1);
        assertEquals(QueueEventType.ATTENDEDTRANSFER, transfer.type());
        assertEquals(Optional.of("BRIDGE"), transfer.reason(), "Asterisk's method");
        assertEquals(Optional.of("2007"), transfer.target());
        assertEquals(Optional.of(9), transfer.talkSeconds());
        assertTrue(log.stream().noneMatch(e -> e.type() == QueueEventType.COMPLETEAGENT
                || e.type() == QueueEventType.COMPLETECALLER));
    }

    @Test
    void anAgentTheCallerTransferredTheCallToStaysBusyUntilTheCallEnds() {
        queue.arrive(call("c1", CallState.RINGING));
        queue.answered(answered("c1", "2001"), clock.instant());
        clock.advance(Duration.ofSeconds(5));
        CallView away = transferredByCaller("c1", "2001", "2005");

        agents.handedOn(away); // what the dispatcher does first, in order with the call's events
        queue.transferred(away);
        runLane();

        assertEquals(QueueEventType.BLINDTRANSFER, log.get(log.size() - 1).type());
        assertFalse(agents.available("2001"), "still talking, now to the target");
        agents.callChanged(CallEvent.Type.ENDED, ended("c1", "2001"));
        assertTrue(agents.available("2001"));
    }

    @Test
    void aCallTransferredToTheQueueHasThePartyHandedOnAsItsCaller() {
        TransferView transfer = new TransferView(TransferRequest.Mode.BLIND, Party.of("1001"), Party.of("2009"),
                Party.of("600"), TransferStage.RINGING, Optional.empty());
        CallView call = call("c1", CallState.TRANSFERRING);
        queue.arrive(new CallView(call.id(), call.direction(), call.state(), call.caller(), call.callee(),
                call.trunk(), call.createdAt(), call.answeredAt(), call.endedAt(), call.disposition(),
                call.answeredBy(), call.endedBy(), call.held(), call.legs(), call.hops(), Optional.of(transfer)));

        assertEquals(Optional.of("2009"), log.get(0).caller(), "the caller who placed the call transferred it");
    }

    // ------------------------------------------------------------------ plumbing

    private void setUpAgain(Duration wrapUp) {
        log.clear();
        rings.clear();
        setUp(wrapUp);
    }

    private void runLane() {
        Runnable task;
        while ((task = lane.poll()) != null) {
            task.run();
        }
    }

    private CallView call(String id, CallState state) {
        return new CallView(id, CallDirection.INTERNAL, state, Party.of("1001"), Party.of("600"), Optional.empty(),
                T0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                List.of(), List.of(), Optional.empty());
    }

    private CallView answered(String id, String agent) {
        LegView leg = new LegView(id + "-b", CallLeg.Role.DESTINATION, Party.of(agent), "sip:" + agent,
                LegState.ANSWERED, T0, Optional.of(clock.instant()), Optional.empty(), Optional.empty());
        return new CallView(id, CallDirection.INTERNAL, CallState.ANSWERED, Party.of("1001"), Party.of("600"),
                Optional.empty(), T0, Optional.of(clock.instant()), Optional.empty(), Optional.empty(),
                Optional.of(leg), Optional.empty(), false, List.of(leg), List.of(), Optional.empty());
    }

    private CallView transferred(String id, String agent, String target, String how) {
        CallHop hop = new CallHop(CallHop.Type.TRANSFER, Party.of(agent), Party.of(target), how, clock.instant());
        return new CallView(id, CallDirection.INTERNAL, CallState.ANSWERED, Party.of("1001"), Party.of("600"),
                Optional.empty(), T0, Optional.of(T0), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, List.of(), List.of(hop), Optional.empty());
    }

    /** The caller handed the call on to {@code target}; the agent's leg is still up. */
    private CallView transferredByCaller(String id, String agent, String target) {
        LegView leg = new LegView(id + "-b", CallLeg.Role.DESTINATION, Party.of(agent), "sip:" + agent,
                LegState.ANSWERED, T0, Optional.of(T0), Optional.empty(), Optional.empty());
        CallHop hop = new CallHop(CallHop.Type.TRANSFER, Party.of("1001"), Party.of(target), "blind", clock.instant());
        return new CallView(id, CallDirection.INTERNAL, CallState.ANSWERED, Party.of("1001"), Party.of("600"),
                Optional.empty(), T0, Optional.of(T0), Optional.empty(), Optional.empty(), Optional.of(leg),
                Optional.empty(), false, List.of(leg), List.of(hop), Optional.empty());
    }

    private CallView ended(String id, String by) {
        return new CallView(id, CallDirection.INTERNAL, CallState.ENDED, Party.of("1001"), Party.of("600"),
                Optional.empty(), T0, Optional.of(T0), Optional.of(clock.instant()), Optional.empty(),
                Optional.empty(), Optional.of(Party.of(by)), false, List.of(), List.of(), Optional.empty());
    }

    /** Rings succeed; sending a ring takes {@link #SEND_TIME}. */
    private final class FakeSteering implements CallSteering {
        @Override
        public boolean ring(String callId, List<Destination> devices, Party rung, Duration ringTime) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean ring(String callId, List<Ring> devices, Duration ringTime) {
            devices.forEach(r -> rings.add(callId + ":" + r.rung().number()));
            clock.advance(SEND_TIME);
            return true;
        }

        @Override
        public boolean stopRinging(String callId) {
            return true;
        }

        @Override
        public boolean giveUp(String callId, int status) {
            return true;
        }

        @Override
        public boolean confirm(String callId, String prompt) {
            return true;
        }

        @Override
        public java.util.Optional<String> anchor(String callId) {
            return java.util.Optional.empty(); // no media here: the callers hear ringing
        }

        @Override
        public java.util.Optional<Taken> takeOver(String callId) {
            throw new UnsupportedOperationException("queues take no call over");
        }

        @Override
        public boolean divert(String callId, String extension) {
            return true;
        }

        @Override
        public boolean toMailbox(String callId, org.parley.call.CallHop hop) {
            return true;
        }
    }
}
