package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Forwardings;
import org.parley.e2e.call.CallRecords;
import org.parley.e2e.call.Calls;
import org.parley.e2e.call.ForwardedCalls;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;

/**
 * One number space: an extension's forward may point at a queue's number. A call for the extension then enters the
 * queue and reaches its agent, its record keeping who was dialled and the forward: at once (unconditional), or once
 * the extension's phone was busy or did not answer (busy, no-answer), the caller then waiting in the queue as any
 * caller does (ENTERQUEUE, CONNECT, COMPLETECALLER in the queue's log).
 */
@ExtendWith(SharedParleyServer.class)
class ForwardToQueueIT {

    @Test
    void aCallForAnExtensionForwardedToAQueueReachesTheQueuesAgent(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"strategy\":\"linear\"")) {
            SipPhone bobPhone = q.extraPhone();
            String bob = QueueDesk.numberOf(bobPhone);
            Forwardings.set(server, bob, Forwardings.rule("unconditional", q.queueNumber, "ORIGINAL"));

            SipPhone.Dialog caller = q.callerPhone.invite(bob).body(SipPhone.offer("caller", 40000)).send();
            caller.awaitResponse(180);
            SipPhone.Dialog agent = q.awaitRing(0);
            q.answer(agent, caller);
            QueueDesk.callerHangsUp(caller, agent);

            JsonObject enter = q.awaitEvents("ENTERQUEUE", 1).get(0);
            assertEquals(q.caller, enter.getString("caller"), enter::toString);
            q.awaitEvents("CONNECT", 1);
            assertTrue(bobPhone.poll(Duration.ZERO, m -> !m.isResponse() && m.firstLine().startsWith("INVITE "))
                    .isEmpty(), "the forwarded extension's own phone must not ring");
            JsonObject cdr = CallRecords.awaitOne(server, bob);
            assertEquals(bob, cdr.getString("calleeNumber"), "who was dialled");
            assertEquals(q.agents.get(0), cdr.getString("answeredBy"), "the queue's agent answered");
            assertEquals("ANSWERED", cdr.getString("disposition"));
            assertEquals(List.of("FORWARD " + bob + ">" + q.queueNumber + " unconditional"), ForwardedCalls.hops(cdr));
        }
    }

    @Test
    void aBusyExtensionsBusyForwardPutsTheCallerInTheQueue(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"strategy\":\"linear\"")) {
            SipPhone bobPhone = q.extraPhone();
            String bob = QueueDesk.numberOf(bobPhone);
            Forwardings.set(server, bob, Forwardings.rule("busy", q.queueNumber, "ORIGINAL"));

            SipPhone.Dialog caller = q.callerPhone.invite(bob).body(SipPhone.offer("caller", 40000)).send();
            SipPhone.Dialog busy = bobPhone.awaitCall();
            busy.respond(486);
            busy.awaitRequest("ACK");
            caller.awaitResponse(180);

            assertAnsweredInTheQueue(server, q, caller, bob, "busy");
        }
    }

    @Test
    void anUnansweredExtensionsNoAnswerForwardPutsTheCallerInTheQueue(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"strategy\":\"linear\"")) {
            SipPhone bobPhone = q.extraPhone();
            String bob = QueueDesk.numberOf(bobPhone);
            Calls.setRingSeconds(server, bob, 5);
            Forwardings.set(server, bob, Forwardings.rule("noAnswer", q.queueNumber, "ORIGINAL"));

            SipPhone.Dialog caller = q.callerPhone.invite(bob).body(SipPhone.offer("caller", 40000)).send();
            SipPhone.Dialog unanswered = bobPhone.awaitCall();
            unanswered.ring();
            caller.awaitResponse(180);
            QueueDesk.awaitCancelled(unanswered);

            assertAnsweredInTheQueue(server, q, caller, bob, "no-answer");
        }
    }

    /**
     * After {@code bob}'s phone failed, the caller waits in the queue (ENTERQUEUE), its agent rings and answers
     * (CONNECT), the caller hangs up (COMPLETECALLER); the record keeps who was dialled and the forward.
     */
    private static void assertAnsweredInTheQueue(ParleyServer server, QueueDesk q, SipPhone.Dialog caller,
            String bob, String reason) {
        JsonObject enter = q.awaitEvents("ENTERQUEUE", 1).get(0);
        assertEquals(q.caller, enter.getString("caller"), enter::toString);
        SipPhone.Dialog agent = q.awaitRing(0);
        q.answer(agent, caller);
        QueueDesk.callerHangsUp(caller, agent);

        JsonObject connect = q.awaitEvents("CONNECT", 1).get(0);
        assertEquals(q.agents.get(0), connect.getString("agent"), connect::toString);
        JsonObject complete = q.awaitEvents("COMPLETECALLER", 1).get(0);
        JsonObject cdr = CallRecords.awaitOne(server, bob);
        assertEquals(List.of(cdr.getString("id")), List.of(enter, connect, complete).stream()
                .map(e -> e.getString("callId")).distinct().toList(), "the queue's log rows are the call's");
        assertEquals(bob, cdr.getString("calleeNumber"), "who was dialled");
        assertEquals(q.agents.get(0), cdr.getString("answeredBy"), "the queue's agent answered");
        assertEquals("ANSWERED", cdr.getString("disposition"));
        assertEquals(List.of("FORWARD " + bob + ">" + q.queueNumber + " " + reason), ForwardedCalls.hops(cdr));
    }
}
