package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;

/**
 * The six strategies with real phones: three static agents, several calls each; which agent rings, in what order.
 * Agent ring time 1 s and no retry delay keep it short.
 */
@ExtendWith(SharedParleyServer.class)
class QueueStrategiesIT {

    private static final Duration QUIET = Duration.ofMillis(400);

    @Test
    void linearRingsTheAgentsDownTheListAndStartsFromTheFirstForEveryCaller(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 3,
                "\"strategy\":\"linear\",\"agentRingSeconds\":1,\"retrySeconds\":0")) {
            SipPhone.Dialog caller = q.call();
            SipPhone.Dialog first = q.awaitRing(0);
            q.assertNoOtherRings(QUIET, 0);
            QueueDesk.awaitCancelled(first);
            SipPhone.Dialog second = q.awaitRing(1);
            q.answer(second, caller);
            QueueDesk.callerHangsUp(caller, second);

            SipPhone.Dialog next = q.call();
            q.answerAndHangUp(0, next);

            List<JsonObject> noAnswer = q.awaitEvents("RINGNOANSWER", 1);
            assertEquals(q.agents.get(0), noAnswer.get(0).getString("agent"));
            List<JsonObject> connects = q.awaitEvents("CONNECT", 2);
            assertEquals(List.of(q.agents.get(1), q.agents.get(0)),
                    connects.stream().map(c -> c.getString("agent")).toList());
        }
    }

    @Test
    void rrmemoryGoesOnWithTheNextAgentOnEveryCall(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 3,
                "\"strategy\":\"rrmemory\",\"agentRingSeconds\":2,\"retrySeconds\":0")) {
            for (int call = 0; call < 4; call++) {
                SipPhone.Dialog caller = q.call();
                q.answerAndHangUp(call % 3, caller);
                q.awaitIdle();
            }
            List<JsonObject> connects = q.awaitEvents("CONNECT", 4);
            assertEquals(List.of(q.agents.get(0), q.agents.get(1), q.agents.get(2), q.agents.get(0)),
                    connects.stream().map(c -> c.getString("agent")).toList());
        }
    }

    @Test
    void ringallRingsEveryAgentTheFirstToAnswerTakesTheCallTheOthersAreCancelled(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 3, "\"strategy\":\"ringall\",\"agentRingSeconds\":5")) {
            SipPhone.Dialog caller = q.call();
            SipPhone.Dialog a = q.awaitRing(0);
            SipPhone.Dialog b = q.awaitRing(1);
            SipPhone.Dialog c = q.awaitRing(2);
            q.answer(b, caller);
            QueueDesk.awaitCancelled(a);
            QueueDesk.awaitCancelled(c);
            QueueDesk.callerHangsUp(caller, b);
            assertEquals(q.agents.get(1), q.awaitEvents("CONNECT", 1).get(0).getString("agent"));
            JsonObject complete = q.awaitEvents("COMPLETECALLER,COMPLETEAGENT", 1).get(0);
            assertEquals("COMPLETECALLER", complete.getString("event"), "the caller hung up");
            assertEquals(q.agents.get(1), complete.getString("agent"));
        }
    }

    @Test
    void leastrecentRingsTheAgentIdleLongestNeverCalledFirst(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 3,
                "\"strategy\":\"leastrecent\",\"agentRingSeconds\":2,\"retrySeconds\":0")) {
            // agent 1 takes a call first; then the never-called agents 0 and 2 (list order), then agent 1 again
            SipPhone.Dialog first = q.call();
            SipPhone.Dialog ring0 = q.awaitRing(0);
            QueueDesk.awaitCancelled(ring0);
            q.answerAndHangUp(1, first);
            q.awaitIdle();
            for (int expected : new int[] {0, 2, 1}) {
                SipPhone.Dialog caller = q.call();
                q.answerAndHangUp(expected, caller);
                q.awaitIdle();
            }
            assertEquals(List.of(q.agents.get(1), q.agents.get(0), q.agents.get(2), q.agents.get(1)),
                    q.awaitEvents("CONNECT", 4).stream().map(c -> c.getString("agent")).toList());
        }
    }

    @Test
    void fewestcallsRingsTheAgentWithTheFewestAnsweredCalls(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 2,
                "\"strategy\":\"fewestcalls\",\"agentRingSeconds\":2,\"retrySeconds\":0")) {
            // calls answered by agents 0, 1, then 1 again (agent 0 lets it ring out): agent 1 has 2 calls, agent 0 has 1
            SipPhone.Dialog c1 = q.call();
            q.answerAndHangUp(0, c1);
            q.awaitIdle();
            SipPhone.Dialog c2 = q.call();
            q.answerAndHangUp(1, c2);
            q.awaitIdle();
            SipPhone.Dialog c3 = q.call();
            SipPhone.Dialog ring0 = q.awaitRing(0);
            QueueDesk.awaitCancelled(ring0);
            q.answerAndHangUp(1, c3);
            q.awaitIdle();
            // now agent 1 has 2 calls, agent 0 has 1: agent 0 rings
            SipPhone.Dialog c4 = q.call();
            q.answerAndHangUp(0, c4);
            assertEquals(List.of(q.agents.get(0), q.agents.get(1), q.agents.get(1), q.agents.get(0)),
                    q.awaitEvents("CONNECT", 4).stream().map(c -> c.getString("agent")).toList());
        }
    }

    @Test
    void randomRingsOneAgentAtATime(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 2,
                "\"strategy\":\"random\",\"agentRingSeconds\":1,\"retrySeconds\":0")) {
            SipPhone.Dialog caller = q.call();
            int rang = firstRinging(q);
            SipPhone.Dialog ringing = q.awaitRing(rang);
            q.assertNoOtherRings(QUIET, rang);
            QueueDesk.awaitCancelled(ringing);
            // the round goes on with the agent not tried yet
            SipPhone.Dialog other = q.awaitRing(1 - rang);
            q.answer(other, caller);
            QueueDesk.callerHangsUp(caller, other);
            assertEquals(q.agents.get(1 - rang), q.awaitEvents("CONNECT", 1).get(0).getString("agent"));
        }
    }

    /** Which agent's phone got the queue's INVITE (left unread for {@link QueueDesk#awaitRing}). */
    private static int firstRinging(QueueDesk q) {
        return Await.value(Duration.ofSeconds(5), "an agent ringing", () -> {
            for (int i = 0; i < q.phones.size(); i++) {
                boolean invited = q.phones.get(i).received().stream()
                        .anyMatch(m -> !m.isResponse() && m.firstLine().startsWith("INVITE "));
                if (invited) {
                    return i;
                }
            }
            return -1;
        }, i -> i >= 0);
    }
}
