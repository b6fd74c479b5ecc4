package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Forwardings;
import org.parley.e2e.call.CallRecords;
import org.parley.e2e.call.ForwardedCalls;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Time in a queue with real phones: ring timeout then retry delay, maximum wait then fallback, caller hanging up
 * while waiting or while an agent rings, wrap-up, maximum callers, and callers served strictly in arrival order.
 */
@ExtendWith(SharedParleyServer.class)
class QueueTimingIT {

    @Test
    void anUnansweredRingEndsAtTheRingTimeAndTheNextTryWaitsTheRetryDelay(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1,
                "\"strategy\":\"linear\",\"agentRingSeconds\":1,\"retrySeconds\":2")) {
            SipPhone.Dialog caller = q.call();
            Instant rang = Instant.now();
            SipPhone.Dialog first = q.awaitRing(0);
            QueueDesk.awaitCancelled(first);
            Duration ringLasted = Duration.between(rang, Instant.now());
            Instant cancelled = Instant.now();
            SipPhone.Dialog second = q.awaitRing(0);
            Duration pause = Duration.between(cancelled, Instant.now());
            assertTrue(ringLasted.toMillis() >= 900 && ringLasted.toMillis() < 2500, "ring lasted " + ringLasted);
            assertTrue(pause.toMillis() >= 1800, "retry delay was " + pause);
            q.answer(second, caller);
            QueueDesk.callerHangsUp(caller, second);
            JsonObject noAnswer = q.awaitEvents("RINGNOANSWER", 1).get(0);
            assertTrue(noAnswer.getJsonNumber("ringMillis").longValue() >= 900, noAnswer::toString);
            JsonObject connect = q.awaitEvents("CONNECT", 1).get(0);
            assertTrue(connect.getInt("waitSeconds") >= 3, connect::toString);
        }
    }

    @Test
    void afterTheMaximumWaitTheCallerGoesToTheFallbackExtension(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"agentRingSeconds\":30")) {
            SipPhone fallback = q.extraPhone();
            server.admin().put("/api/queues/" + q.queueId, "{\"name\":\"Queue " + q.queueNumber
                    + "\",\"extension\":\"" + q.queueNumber + "\",\"staticAgents\":[\"" + q.agents.get(0)
                    + "\"],\"agentRingSeconds\":30,\"maxWaitSeconds\":2,\"fallback\":\"" + fallback.extension()
                    + "\"}");
            SipPhone.Dialog caller = q.call();
            SipPhone.Dialog agent = q.awaitRing(0);
            QueueDesk.awaitCancelled(agent);
            SipPhone.Dialog fallbackRings = fallback.awaitCall(Duration.ofSeconds(5));
            fallbackRings.ring();
            q.answer(fallbackRings, caller);
            QueueDesk.callerHangsUp(caller, fallbackRings);
            JsonObject exit = q.awaitEvents("EXITWITHTIMEOUT", 1).get(0);
            assertEquals(1, exit.getInt("position"));
            assertEquals(1, exit.getInt("origPosition"));
            assertTrue(exit.getInt("waitSeconds") >= 2, exit::toString);
            assertTrue(q.events("CONNECT").isEmpty(), "nobody of the queue answered");
        }
    }

    @Test
    void theFallbackExtensionsOwnForwardingApplies(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"agentRingSeconds\":30")) {
            SipPhone fallback = q.extraPhone();
            SipPhone forwardedTo = q.extraPhone();
            Forwardings.set(server, fallback.extension(),
                    Forwardings.rule("unconditional", forwardedTo.extension(), "ORIGINAL"));
            server.admin().put("/api/queues/" + q.queueId, "{\"name\":\"Queue " + q.queueNumber
                    + "\",\"extension\":\"" + q.queueNumber + "\",\"staticAgents\":[\"" + q.agents.get(0)
                    + "\"],\"agentRingSeconds\":30,\"maxWaitSeconds\":2,\"fallback\":\"" + fallback.extension()
                    + "\"}");
            SipPhone.Dialog caller = q.call();
            QueueDesk.awaitCancelled(q.awaitRing(0));
            SipPhone.Dialog rings = forwardedTo.awaitCall(Duration.ofSeconds(5));
            rings.ring();
            q.answer(rings, caller);
            QueueDesk.callerHangsUp(caller, rings);

            assertTrue(fallback.received().stream().noneMatch(m -> m.firstLine().startsWith("INVITE ")),
                    "the fallback forwards unconditionally: its own phone stays silent");
            JsonObject cdr = CallRecords.awaitOne(server, q.caller);
            assertEquals(List.of("FORWARD " + fallback.extension() + ">" + forwardedTo.extension() + " unconditional"),
                    ForwardedCalls.hops(cdr));
        }
    }

    @Test
    void aCallerHangingUpWhileAnAgentRingsAbandonsAndTheRingIsCanceled(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"agentRingSeconds\":30")) {
            SipPhone.Dialog caller = q.call();
            SipPhone.Dialog agent = q.awaitRing(0);
            assertEquals(200, caller.cancel().status());
            QueueDesk.awaitCancelled(agent);
            JsonObject canceled = q.awaitEvents("RINGCANCELED", 1).get(0);
            assertEquals(q.agents.get(0), canceled.getString("agent"));
            JsonObject abandon = q.awaitEvents("ABANDON", 1).get(0);
            assertEquals(1, abandon.getInt("position"));
            assertEquals(canceled.getString("callId"), abandon.getString("callId"));
            Await.until(Duration.ofSeconds(5), "the agent free again", () -> q.agentState(0).equals("AVAILABLE"));
        }
    }

    @Test
    void aCallerHangingUpWhileNobodyRingsAbandons(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"agentRingSeconds\":30")) {
            q.post("/api/agents/" + q.agents.get(0) + "/pause", "{\"reason\":\"lunch\"}", 200);
            SipPhone.Dialog caller = q.call();
            q.assertNoOtherRings(Duration.ofMillis(500));
            assertEquals(200, caller.cancel().status());
            JsonObject abandon = q.awaitEvents("ABANDON", 1).get(0);
            assertEquals(1, abandon.getInt("origPosition"));
            assertTrue(q.events("RINGCANCELED").isEmpty());
        }
    }

    @Test
    void anAgentInWrapUpIsSkippedUntilItEnds(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 2,
                "\"strategy\":\"linear\",\"agentRingSeconds\":5,\"retrySeconds\":0,\"wrapUpSeconds\":3")) {
            SipPhone.Dialog c1 = q.call();
            q.answerAndHangUp(0, c1);
            assertEquals("WRAP_UP", Await.value(Duration.ofSeconds(5), "agent 0 in wrap-up", () -> q.agentState(0),
                    s -> s.equals("WRAP_UP")));
            SipPhone.Dialog c2 = q.call();
            q.answerAndHangUp(1, c2);
            q.assertNoOtherRings(Duration.ZERO);
            Await.until(Duration.ofSeconds(6), "agent 0's wrap-up over", () -> q.agentState(0).equals("AVAILABLE"));
            SipPhone.Dialog c3 = q.call();
            q.answerAndHangUp(0, c3);
            assertEquals(List.of(q.agents.get(0), q.agents.get(1), q.agents.get(0)),
                    q.awaitEvents("CONNECT", 3).stream().map(c -> c.getString("agent")).toList());
        }
    }

    @Test
    void aFullQueueRefusesTheNextCallerWithBusy(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"agentRingSeconds\":30,\"maxCallers\":1")) {
            SipPhone.Dialog first = q.call();
            SipPhone.Dialog agent = q.awaitRing(0);
            SipPhone other = q.extraPhone();
            SipPhone.Dialog second = other.invite(q.queueNumber).body(SipPhone.offer("other", 40100)).send();
            SipMessageText refused = second.awaitFinal();
            assertEquals(486, refused.status(), refused::toString);
            q.answer(agent, first);
            QueueDesk.callerHangsUp(first, agent);
            assertEquals(1, q.awaitEvents("ENTERQUEUE", 1).size());
        }
    }

    @Test
    void waitingCallersAreServedStrictlyInArrivalOrder(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"agentRingSeconds\":30")) {
            q.post("/api/agents/" + q.agents.get(0) + "/pause", "{\"reason\":\"meeting\"}", 200);
            SipPhone second = q.extraPhone();
            SipPhone third = q.extraPhone();
            SipPhone.Dialog a = q.call();
            SipPhone.Dialog b = q.call(second);
            SipPhone.Dialog c = q.call(third);
            q.awaitEvents("ENTERQUEUE", 3);
            q.post("/api/agents/" + q.agents.get(0) + "/unpause", "", 200);
            for (SipPhone.Dialog caller : List.of(a, b, c)) {
                SipPhone.Dialog agent = q.awaitRing(0);
                String from = agent.invite().header("From").orElseThrow();
                String expected = caller == a ? q.caller : caller == b ? second.extension() : third.extension();
                assertTrue(from.contains("sip:" + expected + "@"), () -> "rang for " + from + ", not " + expected);
                q.answer(agent, caller);
                QueueDesk.callerHangsUp(caller, agent);
            }
            assertEquals(List.of(1, 2, 3), q.awaitEvents("ENTERQUEUE", 3).stream()
                    .map(e -> e.getInt("origPosition")).toList());
        }
    }
}
