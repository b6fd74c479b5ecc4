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
import org.parley.e2e.call.ForwardedCalls;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;

/**
 * One number space: an extension's forward may point at a queue's number. A call for the extension then enters the
 * queue and reaches its agent, its record keeping who was dialled and the forward; a forward that would only take
 * over after ringing (busy, no answer) cannot point at a queue.
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
    void aBusyOrNoAnswerForwardToAQueueIsRefusedNamingTheField(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"strategy\":\"linear\"")) {
            RestClient.Response r = server.admin().put(Forwardings.path(q.caller),
                    Forwardings.rule("busy", q.queueNumber, "ORIGINAL"));

            assertEquals(400, r.status(), r::toString);
            assertTrue(r.body().contains("busy.target") && r.body().contains("unconditional and unavailable"),
                    r::body);
        }
    }
}
