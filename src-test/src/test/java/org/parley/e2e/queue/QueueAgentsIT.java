package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Agents: dynamic agents connecting and disconnecting by dialling the queue's codes, through the API and by a
 * supervisor; paused agents skipped; what a queue does when no agent is there (refuse, leave when empty).
 */
@ExtendWith(SharedParleyServer.class)
class QueueAgentsIT {

    private static List<String> connected(QueueDesk q) {
        return q.server.admin().get("/api/queues/" + q.queueId + "/agents").json().getJsonArray("connectedAgents")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String codes(String connect, String disconnect) {
        return "\"connectionNumber\":\"" + connect + "\",\"disconnectionNumber\":\"" + disconnect + "\"";
    }

    /** The agent dials a code: Parley answers with its own media (the prompt) and hangs up once it is said. */
    private static void dial(SipPhone phone, String code) {
        SipPhone.Dialog d = phone.invite(code).body(SipPhone.offer("agent", 43000)).send();
        SipMessageText ok = d.awaitFinal();
        assertEquals(200, ok.status(), ok::toString);
        assertTrue(ok.body().contains("m=audio ") && !ok.body().contains("m=audio 0 "), ok::toString);
        d.ack();
        SipMessageText bye = d.awaitRequest("BYE", Duration.ofSeconds(10));
        d.respondTo(bye, 200, null, "");
    }

    @Test
    void aDynamicAgentConnectsAndDisconnectsByDiallingTheQueueCodes(ParleyServer server) {
        String connect = "*" + Extensions.freshNumber();
        String disconnect = "*" + Extensions.freshNumber();
        try (QueueDesk q = QueueDesk.withDynamicAgents(server, 1, codes(connect, disconnect)
                + ",\"agentRingSeconds\":10")) {
            assertEquals(List.of(), connected(q));
            dial(q.phones.get(0), connect);
            assertEquals(List.of(q.agents.get(0)), connected(q));

            SipPhone.Dialog caller = q.call();
            q.answerAndHangUp(0, caller);

            dial(q.phones.get(0), disconnect);
            assertEquals(List.of(), connected(q));
            JsonObject login = q.awaitEvents("AGENTLOGIN", 1).get(0);
            assertEquals(q.agents.get(0), login.getString("agent"));
            JsonObject logoff = q.awaitEvents("AGENTLOGOFF", 1).get(0);
            assertTrue(logoff.getInt("loginSeconds") >= 0, logoff::toString);
        }
    }

    @Test
    void anExtensionThatIsNoDynamicAgentIsRefusedWhenDiallingTheCode(ParleyServer server) {
        String connect = "*" + Extensions.freshNumber();
        try (QueueDesk q = QueueDesk.withDynamicAgents(server, 1, "\"connectionNumber\":\"" + connect + "\"")) {
            dial(q.callerPhone, connect);
            assertEquals(List.of(), connected(q));
        }
    }

    @Test
    void agentsLogInAndOutThroughTheApiAndSupervisorsConnectThem(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withDynamicAgents(server, 2, "\"strategy\":\"linear\"")) {
            JsonObject in = q.post("/api/agents/" + q.agents.get(0) + "/login", "{}", 200);
            assertEquals("AVAILABLE", in.getString("state"));
            assertEquals(List.of(q.agents.get(0)), connected(q));

            q.post("/api/queues/" + q.queueId + "/agents", "{\"extension\":\"" + q.agents.get(1) + "\"}", 200);
            assertEquals(List.of(q.agents.get(0), q.agents.get(1)), connected(q));

            RestClient.Response off = server.admin().delete("/api/queues/" + q.queueId + "/agents/" + q.agents.get(0));
            assertEquals(204, off.status(), off::toString);
            JsonObject out = q.post("/api/agents/" + q.agents.get(1) + "/logout", "{}", 200);
            assertEquals("LOGGED_OUT", out.getString("state"));
            assertEquals(List.of(), connected(q));
            assertEquals(2, q.awaitEvents("AGENTLOGIN", 2).size());
            assertEquals(2, q.awaitEvents("AGENTLOGOFF", 2).size());

            RestClient.Response stranger = server.admin().post("/api/queues/" + q.queueId + "/agents",
                    "{\"extension\":\"" + q.caller + "\"}");
            assertEquals(400, stranger.status(), stranger::toString);
            assertEquals("extension", stranger.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
    }

    @Test
    void aPausedAgentIsSkippedAndThePauseIsLoggedWithItsReason(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withStaticAgents(server, 2,
                "\"strategy\":\"linear\",\"agentRingSeconds\":10")) {
            RestClient.Response tooLong = server.admin().post("/api/agents/" + q.agents.get(0) + "/pause",
                    "{\"reason\":\"" + "x".repeat(101) + "\"}");
            assertEquals(400, tooLong.status(), tooLong::toString);
            assertEquals("reason", tooLong.json().getJsonArray("errors").getJsonObject(0).getString("field"));
            JsonObject paused = q.post("/api/agents/" + q.agents.get(0) + "/pause", "{\"reason\":\"lunch\"}", 200);
            assertEquals("PAUSED", paused.getString("state"));
            assertEquals("lunch", paused.getString("pauseReason"));
            SipPhone.Dialog caller = q.call();
            SipPhone.Dialog agent = q.awaitRing(1);
            q.assertNoOtherRings(Duration.ofMillis(300), 1);
            q.answer(agent, caller);
            QueueDesk.callerHangsUp(caller, agent);

            q.post("/api/agents/" + q.agents.get(0) + "/unpause", "", 200);
            SipPhone.Dialog next = q.call();
            q.answerAndHangUp(0, next);

            JsonObject pause = q.awaitEvents("PAUSE", 1).get(0);
            assertEquals(q.agents.get(0), pause.getString("agent"));
            assertEquals("lunch", pause.getString("reason"));
            assertEquals(q.agents.get(0), q.awaitEvents("UNPAUSE", 1).get(0).getString("agent"));
            RestClient.Response again = server.admin().post("/api/agents/" + q.agents.get(0) + "/unpause", "");
            assertEquals(409, again.status(), again::toString);
        }
    }

    @Test
    void aQueueThatRefusesCallersWhenEmptyAnswersUnavailable(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withDynamicAgents(server, 1, "\"joinWhenEmpty\":false")) {
            SipPhone.Dialog d = q.callerPhone.invite(q.queueNumber).body(SipPhone.offer("c", 43200)).send();
            assertEquals(480, d.awaitFinal().status());
            assertTrue(q.events("ENTERQUEUE").isEmpty());
        }
    }

    @Test
    void callersLeaveWhenTheLastAgentDisconnects(ParleyServer server) {
        try (QueueDesk q = QueueDesk.withDynamicAgents(server, 1,
                "\"leaveWhenEmpty\":true,\"agentRingSeconds\":30")) {
            q.post("/api/agents/" + q.agents.get(0) + "/login", "{}", 200);
            SipPhone.Dialog caller = q.call();
            SipPhone.Dialog agent = q.awaitRing(0);
            q.post("/api/agents/" + q.agents.get(0) + "/logout", "{}", 200);
            QueueDesk.awaitCancelled(agent);
            assertEquals(480, caller.awaitFinal().status());
            JsonObject exit = q.awaitEvents("EXITEMPTY", 1).get(0);
            assertEquals(1, exit.getInt("position"));
            Await.until(Duration.ofSeconds(5), "no caller waiting", () -> q.server.admin()
                    .get("/api/queues/" + q.queueId + "/agents").json().getJsonArray("waiting").isEmpty());
        }
    }
}
