package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/**
 * Each strategy with SIPp phones as agents over many calls: three registered agents, callers one after the other,
 * and what every agent's SIPp saw (how many calls it answered, refused or had cancelled: its run succeeds only if it
 * saw exactly that) plus the queue's CONNECT and RINGNOANSWER events in order.
 */
@ExtendWith(SharedParleyServer.class)
class SippAgentsIT {

    private static final Duration TALK = Duration.ofMillis(300);

    @Test
    void linearRingsTheFirstAgentOnEveryCallAndTheNextWhenItIsBusy(ParleyServer server) {
        try (SippQueue q = new SippQueue(server, "linear")) {
            q.agent(0, "uas_busy", 4);
            q.agent(1, "uas_answer", 4);
            q.callsInTurn(4);
            q.assertAgentsSawWhatTheyExpected();
            assertEquals(Collections.nCopies(4, q.agents.get(1)), q.agentsOf("CONNECT", 4));
            assertEquals(Collections.nCopies(4, q.agents.get(0)), q.agentsOf("RINGNOANSWER", 4),
                    "the first agent is rung first on every call; the third never");
        }
    }

    @Test
    void rrmemoryHandsTheCallsToTheAgentsInTurn(ParleyServer server) {
        assertRoundRobin(server, "rrmemory");
    }

    @Test
    void leastrecentHandsEachCallToTheAgentIdleLongest(ParleyServer server) {
        assertRoundRobin(server, "leastrecent");
    }

    @Test
    void fewestcallsHandsEachCallToTheAgentWithFewestCalls(ParleyServer server) {
        assertRoundRobin(server, "fewestcalls");
    }

    @Test
    void ringallRingsEveryAgentOnEveryCallAndCancelsThoseThatDidNotAnswer(ParleyServer server) {
        try (SippQueue q = new SippQueue(server, "ringall")) {
            q.agent(0, "uas_ring_cancelled", 4);
            q.agent(1, "uas_answer", 4);
            q.agent(2, "uas_ring_cancelled", 4);
            q.callsInTurn(4);
            q.assertAgentsSawWhatTheyExpected();
            assertEquals(Collections.nCopies(4, q.agents.get(1)), q.agentsOf("CONNECT", 4));
        }
    }

    @Test
    void randomHandsEveryCallToOneOfTheAgents(ParleyServer server) {
        try (SippQueue q = new SippQueue(server, "random")) {
            for (int i = 0; i < 3; i++) {
                q.agent(i, "uas_answer", 9); // at most nine each: the runs are stopped, not awaited
            }
            q.callsInTurn(9);
            List<String> connected = q.agentsOf("CONNECT", 9);
            assertTrue(q.agents.containsAll(connected), connected::toString);
            Set<String> distinct = new HashSet<>(connected);
            // all nine to one agent: chance 3 in 3^9 (1 in 6,561)
            assertTrue(distinct.size() > 1, () -> "nine calls all went to " + distinct);
            assertEquals(List.of(), q.agentsOf("RINGNOANSWER", 0), "one agent rung per call, and it answered");
        }
    }

    private static void assertRoundRobin(ParleyServer server, String strategy) {
        try (SippQueue q = new SippQueue(server, strategy)) {
            for (int i = 0; i < 3; i++) {
                q.agent(i, "uas_answer", 2);
            }
            q.callsInTurn(6);
            q.assertAgentsSawWhatTheyExpected();
            List<String> a = q.agents;
            assertEquals(List.of(a.get(0), a.get(1), a.get(2), a.get(0), a.get(1), a.get(2)),
                    q.agentsOf("CONNECT", 6));
        }
    }

    /** A queue of three registered SIPp agents and a SIPp caller; the agents' SIPp runs are started per test. */
    private static final class SippQueue implements AutoCloseable {
        private final ParleyServer server;
        private final List<String> agents = new ArrayList<>();
        private final List<SippPhone> phones = new ArrayList<>();
        private final List<Sipp.Running> running = new ArrayList<>();
        private final SippPhone caller;
        private final String number = Extensions.freshNumber();
        private final long id;

        SippQueue(ParleyServer server, String strategy) {
            this.server = server;
            for (int i = 0; i < 3; i++) {
                String agent = Extensions.create(server, "sipp-agent");
                agents.add(agent);
                phones.add(SippPhone.register(server, agent, "sipp-agent"));
            }
            caller = SippPhone.register(server, Extensions.create(server, "sipp-caller"), "sipp-caller");
            RestClient.Response created = server.admin().post("/api/queues", "{\"name\":\"Sipp " + number
                    + "\",\"extension\":\"" + number + "\",\"strategy\":\"" + strategy + "\",\"agentRingSeconds\":5,"
                    + "\"retrySeconds\":0,\"staticAgents\":" + QueueDesk.jsonList(agents) + "}");
            assertEquals(201, created.status(), created::toString);
            id = created.json().getJsonNumber("id").longValue();
        }

        /** Agent {@code index}'s SIPp answers its next {@code calls} calls with {@code scenario}. */
        void agent(int index, String scenario, int calls) {
            running.add(phones.get(index).expect(scenario, s -> s.calls(calls).pause(Duration.ofMillis(100))));
        }

        /** Callers one after the other, each waiting until every agent is free again. */
        void callsInTurn(int count) {
            for (int call = 0; call < count; call++) {
                Sipp.Result r = caller.call("uac_call", number, s -> s.pause(TALK));
                assertTrue(r.allSucceeded(), r::toString);
                Await.until(Duration.ofSeconds(5), "every agent available", () -> agents.stream().allMatch(
                        a -> server.admin().get("/api/agents/" + a).json().getString("state").equals("AVAILABLE")));
            }
        }

        void assertAgentsSawWhatTheyExpected() {
            for (Sipp.Running r : running) {
                Sipp.Result result = r.await();
                assertTrue(result.allSucceeded(), result::toString);
            }
        }

        /** The agents of the events of {@code type}, in order, once there are at least {@code count}. */
        List<String> agentsOf(String type, int count) {
            return Await.value(Duration.ofSeconds(5), count + " " + type + " events", () -> server.admin()
                    .get("/api/queues/" + id + "/events?type=" + type).json().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().map(e -> e.getString("agent")).toList(),
                    l -> l.size() >= count);
        }

        @Override
        public void close() {
            running.forEach(Sipp.Running::kill);
            server.admin().delete("/api/queues/" + id);
        }
    }
}
