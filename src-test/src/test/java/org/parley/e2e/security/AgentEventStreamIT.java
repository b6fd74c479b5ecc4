package org.parley.e2e.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.test.support.EventStream;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;

/**
 * {@code /api/events} by role: an agent's stream carries only their own extension's calls, their own agent state and
 * the queues they belong to; a supervisor's carries everything. Events are sent in order, so once the agent has
 * received the events of their own actions, anything of the others' earlier actions would have come before.
 */
@ExtendWith(SharedParleyServer.class)
class AgentEventStreamIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void anAgentSeesOnlyTheirOwnCallsStateAndQueues(ParleyServer server) {
        String own = Extensions.create(server, "own-secret-1");
        String other = Extensions.create(server, "other-secret-1");
        String nobody = Extensions.create(server, "nobody-secret-1");
        RestClient admin = server.admin();
        long mine = queue(admin, own);
        long theirs = queue(admin, other);
        Users.User agent = Users.create(server, "agent");
        assertEquals(200, admin.put("/api/users/" + agent.username(), "{\"roles\":[\"agent\"],\"extension\":\""
                + own + "\"}").status());
        Users.User supervisor = Users.create(server, "supervisor");

        try (EventStream agentEvents = EventStream.open(server, basic(agent));
                EventStream supervisorEvents = EventStream.open(server, basic(supervisor));
                SipPhone otherPhone = SipPhone.registered(server, other, "other-secret-1");
                SipPhone ownPhone = SipPhone.registered(server, own, "own-secret-1")) {
            assertEquals(200, agentEvents.status());
            // the others' doings first
            assertEquals(200, admin.post("/api/agents/" + other + "/login", "{\"queues\":[" + theirs + "]}")
                    .status());
            otherPhone.call(nobody).awaitFinal();
            supervisorEvents.await("the other's call ended", WAIT,
                    e -> e.name().equals("call.ended") && e.data().contains("\"" + other + "\""));
            // then the agent's own
            assertEquals(200, admin.post("/api/agents/" + own + "/login", "{\"queues\":[" + mine + "]}").status());
            ownPhone.call(nobody).awaitFinal();

            agentEvents.await("own agent state", WAIT,
                    e -> e.name().equals("agent.changed") && e.data().contains("\"" + own + "\""));
            agentEvents.await("own queue's login", WAIT,
                    e -> e.name().equals("queue.agentlogin") && own.equals(e.json().getString("agent", "")));
            agentEvents.await("own call ended", WAIT,
                    e -> e.name().equals("call.ended") && e.data().contains("\"" + own + "\""));

            List<EventStream.Event> seen = agentEvents.events();
            assertTrue(seen.stream().noneMatch(e -> e.data().contains("\"" + other + "\"")),
                    () -> "nothing of the other extension reaches the agent: " + seen);
            assertTrue(seen.stream().filter(e -> e.name().startsWith("queue.")).allMatch(e -> own.equals(
                    e.json().getString("agent", ""))), () -> "no event of a queue the agent is not in: " + seen);
            supervisorEvents.await("the other's agent state, for the supervisor", WAIT,
                    e -> e.name().equals("agent.changed") && e.data().contains("\"" + other + "\""));
            supervisorEvents.await("the agent's call, for the supervisor", WAIT,
                    e -> e.name().equals("call.ended") && e.data().contains("\"" + own + "\""));
        }
    }

    private static long queue(RestClient admin, String member) {
        RestClient.Response r = admin.post("/api/queues", "{\"name\":\"Events " + member + "\",\"extension\":\""
                + Extensions.freshNumber() + "\",\"dynamicAgents\":[\"" + member + "\"]}");
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    private static String basic(Users.User user) {
        return "Basic " + Base64.getEncoder().encodeToString((user.username() + ":" + user.password())
                .getBytes(StandardCharsets.UTF_8));
    }
}
