package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.call.Refers;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * An agent blind-transfers a queue call by REFER: the queue's log shows BLINDTRANSFER with Asterisk's data (target,
 * how, hold time, call time, original position) and no COMPLETEAGENT / COMPLETECALLER for that call; the statistics
 * count it answered; the agent is free for the next caller. An attended transfer through the API (the agent consults
 * the target, then it is completed) shows ATTENDEDTRANSFER.
 */
@ExtendWith(SharedParleyServer.class)
class QueueTransferIT {

    @Test
    void anAgentBlindTransfersAQueueCall(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"agentRingSeconds\":30")) {
            Connected c = connected(q);
            SipPhone targetPhone = c.targetPhone();
            String target = c.target();
            SipPhone.Dialog caller = c.caller();
            SipPhone.Dialog agent = c.agent();

            assertEquals(202, Refers.refer(agent, target, server).awaitFinal().status(), "REFER accepted");
            assertEquals("SIP/2.0 100 Trying", Refers.notified(agent, "active"));
            SipPhone.Dialog transferred = targetPhone.awaitCall();
            transferred.respond(200, SipPhone.offer("target", 43000));
            SipMessageText reInvite = caller.awaitRequest("INVITE");
            caller.respondTo(reInvite, 200, "application/sdp", SipPhone.sdp("caller", 40000, "sendrecv", 2));
            caller.awaitRequest("ACK");
            transferred.awaitRequest("ACK");
            assertEquals("SIP/2.0 200 OK", Refers.notified(agent, "terminated"));
            agent.respondTo(agent.awaitRequest("BYE"), 200, null, "");

            JsonObject transfer = q.awaitEvents("BLINDTRANSFER", 1).get(0);
            assertEquals(q.agents.get(0), transfer.getString("agent"));
            assertEquals(target, transfer.getString("target"), "Asterisk's extension");
            assertEquals("blind", transfer.getString("reason"), "asked by REFER (in Asterisk's context place)");
            assertEquals(0, transfer.getInt("waitSeconds"), "hold time");
            assertTrue(transfer.containsKey("talkSeconds"), transfer::toString);
            assertEquals(1, transfer.getInt("origPosition"));
            assertTrue(transfer.getString("label").startsWith("Blind Transfer"), transfer::toString);

            // the transferred call goes on without the queue; the caller hangs up on the target
            assertEquals(200, caller.bye().status());
            transferred.respondTo(transferred.awaitRequest("BYE"), 200, null, "");

            // the agent is free again: the next caller reaches them and completes normally
            q.answerAndHangUp(0, q.call());
            q.awaitEvents("COMPLETECALLER", 1);

            String callId = transfer.getString("callId");
            List<String> ofTheCall = q.events(null).stream().filter(e -> callId.equals(e.getString("callId", "")))
                    .map(e -> e.getString("event")).toList();
            assertEquals(List.of("ENTERQUEUE", "CONNECT", "BLINDTRANSFER"), ofTheCall);
            assertFalse(q.events("COMPLETEAGENT").stream().anyMatch(e -> callId.equals(e.getString("callId"))));

            JsonObject figures = server.admin().get("/api/queues/" + q.queueId + "/stats").json()
                    .getJsonObject("queue");
            assertEquals(2, figures.getInt("answered"), "the transferred call counts as answered");
        }
    }

    @Test
    void anAgentsAttendedTransferThroughTheApiIsLoggedAsAttended(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"agentRingSeconds\":30")) {
            Connected c = connected(q);
            SipPhone.Dialog caller = c.caller();
            SipPhone.Dialog agent = c.agent();
            String callId = c.callId();
            String target = c.target();
            SipPhone.Dialog consulted = consult(server, q, c);

            RestClient.Response done = server.admin().post("/api/calls/" + callId + "/transfer/complete", "{}");
            assertEquals(202, done.status(), done::toString);
            agent.respondTo(agent.awaitRequest("BYE"), 200, null, "");
            SipMessageText toTarget = consulted.awaitRequest("INVITE");
            consulted.respondTo(toTarget, 200, "application/sdp", SipPhone.sdp("target", 43000, "sendrecv", 2));
            SipMessageText toCaller = caller.awaitRequest("INVITE");
            caller.respondTo(toCaller, 200, "application/sdp", SipPhone.sdp("caller", 40000, "sendrecv", 3));
            caller.awaitRequest("ACK");
            consulted.awaitRequest("ACK");

            JsonObject transfer = q.awaitEvents("ATTENDEDTRANSFER", 1).get(0);
            assertEquals(callId, transfer.getString("callId"));
            assertEquals(q.agents.get(0), transfer.getString("agent"));
            assertEquals("BRIDGE", transfer.getString("reason"), "Asterisk's method");
            assertEquals(target, transfer.getString("target"));
            assertEquals(1, transfer.getInt("origPosition"));

            assertEquals(200, caller.bye().status());
            consulted.respondTo(consulted.awaitRequest("BYE"), 200, null, "");
            q.answerAndHangUp(0, q.call());
            q.awaitEvents("COMPLETECALLER", 1);
            List<String> ofTheCall = q.events(null).stream().filter(e -> callId.equals(e.getString("callId", "")))
                    .map(e -> e.getString("event")).toList();
            assertEquals(List.of("ENTERQUEUE", "CONNECT", "ATTENDEDTRANSFER"), ofTheCall);
        }
    }

    @Test
    void theCallerHangingUpWhileTheAgentConsultsCompletesTheQueueCall(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 1, "\"agentRingSeconds\":30")) {
            Connected c = connected(q);
            SipPhone.Dialog caller = c.caller();
            SipPhone.Dialog agent = c.agent();
            String callId = c.callId();
            SipPhone.Dialog consulted = consult(server, q, c);

            assertEquals(200, caller.bye().status());
            JsonObject completed = q.awaitEvents("COMPLETECALLER", 1).get(0);
            assertEquals(callId, completed.getString("callId"), "logged when the caller leaves, not when the call ends");
            assertEquals(q.agents.get(0), completed.getString("agent"));
            JsonObject agentNow = server.admin().get("/api/agents/" + q.agents.get(0)).json();
            assertFalse(agentNow.getBoolean("available"), () -> "still talking with the target: " + agentNow);

            assertEquals(200, agent.bye().status(), "the agent and the target talk on until one hangs up");
            consulted.respondTo(consulted.awaitRequest("BYE"), 200, null, "");
            Await.until(Duration.ofSeconds(5), "the agent free again", () -> server.admin()
                    .get("/api/agents/" + q.agents.get(0)).json().getBoolean("available"));
            List<String> ofTheCall = q.events(null).stream().filter(e -> callId.equals(e.getString("callId", "")))
                    .map(e -> e.getString("event")).toList();
            assertEquals(List.of("ENTERQUEUE", "CONNECT", "COMPLETECALLER"), ofTheCall);
        }
    }

    /** A queue call connected with its agent, and a registered phone to transfer it to. */
    private record Connected(SipPhone targetPhone, String target, SipPhone.Dialog caller, SipPhone.Dialog agent,
            String callId) {
    }

    private static Connected connected(QueueDesk q) {
        SipPhone targetPhone = q.extraPhone();
        SipPhone.Dialog caller = q.call();
        SipPhone.Dialog agent = q.awaitRing(0);
        q.answer(agent, caller);
        String callId = q.awaitEvents("CONNECT", 1).get(0).getString("callId");
        return new Connected(targetPhone, QueueDesk.numberOf(targetPhone), caller, agent, callId);
    }

    /** The agent starts an attended transfer through the API and talks with the target, who answered. */
    private static SipPhone.Dialog consult(ParleyServer server, QueueDesk q, Connected c) {
        SipPhone.Dialog agent = c.agent();
        String callId = c.callId();
        String target = c.target();
        SipPhone targetPhone = c.targetPhone();
        RestClient.Response asked = server.admin().post("/api/calls/" + callId + "/transfer",
                "{\"target\":\"" + target + "\",\"mode\":\"attended\"}");
        assertEquals(202, asked.status(), asked::toString);
        assertEquals(q.agents.get(0), asked.json().getJsonObject("transfer").getJsonObject("transferor")
                .getString("number"), "the agent consults the target; the caller waits");
        // the waiting caller is re-INVITEd onto Parley's engine (its music) and answers like a phone
        SipPhone.Dialog caller = c.caller();
        SipMessageText music = caller.awaitRequest("INVITE");
        assertTrue(music.body().contains("s=parley"), () -> "Parley's own offer, to play music: " + music.body());
        caller.respondTo(music, 200, "application/sdp", SipPhone.sdp("caller", 40000, "sendrecv", 2));
        caller.awaitRequest("ACK");
        SipPhone.Dialog consulted = targetPhone.awaitCall();
        consulted.respond(200, SipPhone.offer("target", 43000));
        SipMessageText toAgent = agent.awaitRequest("INVITE");
        agent.respondTo(toAgent, 200, "application/sdp", SipPhone.sdp("agent", 42000, "sendrecv", 2));
        agent.awaitRequest("ACK");
        consulted.awaitRequest("ACK");
        Await.until(Duration.ofSeconds(5), "the agent consulting the target", () -> "CONSULTING".equals(
                server.admin().get("/api/calls/" + callId).json().getJsonObject("transfer").getString("stage")));
        return consulted;
    }
}
