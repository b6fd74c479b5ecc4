package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestartableParleyServer;
import org.parley.test.support.SipPhone;

/**
 * Dynamic agents connected to a queue stay connected when Parley restarts (on the server the restarting classes
 * share, {@link RestartableParleyServer}): they take calls at once, no second AGENTLOGIN is logged, and their
 * connected time runs from their own login.
 */
@ExtendWith(RestartableParleyServer.class)
class QueueRestartIT {

    private static ParleyServer server;

    @BeforeAll
    static void start(ParleyServer restartable) {
        server = restartable;
    }

    @Test
    void connectedDynamicAgentsStayConnectedAcrossARestart() {
        try (QueueDesk q = QueueDesk.withDynamicAgents(server, 2,
                "\"strategy\":\"linear\",\"agentRingSeconds\":10")) {
            String stays = q.agents.get(0);
            String left = q.agents.get(1);
            Instant loggedIn = Instant.now();
            q.post("/api/agents/" + stays + "/login", "{}", 200);
            q.post("/api/agents/" + left + "/login", "{}", 200);
            q.post("/api/agents/" + left + "/logout", "{}", 200);
            q.awaitEvents("AGENTLOGOFF", 1);

            server.restart();
            long restartedAfter = Duration.between(loggedIn, Instant.now()).toSeconds();

            assertEquals(List.of(stays), connected(q));
            assertEquals("AVAILABLE", state(stays));
            assertEquals("LOGGED_OUT", state(left));
            SipPhone.Dialog caller = q.call();
            SipPhone.Dialog agent = q.awaitRing(0);
            q.answer(agent, caller);
            QueueDesk.callerHangsUp(caller, agent);
            assertEquals(stays, q.awaitEvents("CONNECT", 1).get(0).getString("agent"));
            assertEquals(2, q.events("AGENTLOGIN").size(), "the restart logs no login of its own");

            q.post("/api/agents/" + stays + "/logout", "{}", 200);
            JsonObject off = q.awaitEvents("AGENTLOGOFF", 2).get(1);
            assertEquals(stays, off.getString("agent"));
            assertTrue(off.getInt("loginSeconds") >= restartedAfter,
                    () -> "connected since the login before the restart: " + off);
        }
    }

    /**
     * A pending callback survives a restart (stored in {@code queue_callback}): it is still waiting after it, and
     * when the agent connects they are rung, then the customer, and CALLBACKCONNECT is logged.
     */
    @Test
    void aPendingCallbackIsKeptAcrossARestart() {
        try (QueueDesk q = QueueDesk.withDynamicAgents(server, 1,
                QueueCallbackIT.CALLBACK + "\"callbackRetries\":0")) {
            SipPhone.Dialog caller = QueueCallbackIT.waitingCaller(q, q.callerPhone);
            QueueCallbackIT.press(caller, "5");
            QueueCallbackIT.press(caller, "1");
            q.awaitEvents("CALLBACKREQUEST", 1);
            assertEquals(480, caller.awaitFinal(Duration.ofSeconds(15)).status());

            server.restart();

            JsonObject live = server.admin().get("/api/queues/" + q.queueId + "/agents").json();
            assertEquals(q.caller, live.getJsonArray("waiting").getJsonObject(0).getString("caller"),
                    () -> "the callback waits again: " + live);
            q.post("/api/queues/" + q.queueId + "/agents", "{\"extension\":\"" + q.agents.get(0) + "\"}", 200);
            SipPhone.Dialog agent = q.phones.get(0).awaitCall(Duration.ofSeconds(15));
            agent.respond(200, SipPhone.offer("agent", 42000));
            SipPhone.Dialog customer = q.callerPhone.awaitCall(Duration.ofSeconds(15));
            customer.respond(200, SipPhone.offer("customer", 43000));
            agent.awaitRequest("ACK");
            customer.awaitRequest("ACK");
            assertEquals(q.agents.get(0), q.awaitEvents("CALLBACKCONNECT", 1).get(0).getString("agent"));
            assertEquals(200, agent.bye().status());
            customer.respondTo(customer.awaitRequest("BYE"), 200, null, "");
            q.awaitIdle();
        }
    }

    private static List<String> connected(QueueDesk q) {
        return server.admin().get("/api/queues/" + q.queueId + "/agents").json().getJsonArray("connectedAgents")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String state(String agent) {
        return server.admin().get("/api/agents/" + agent).json().getString("state");
    }
}
