package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.parley.e2e.Extensions;
import org.parley.e2e.call.Calls;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * A queue with agents on hand-written phones and a caller: creates the extensions, registers the phones, creates the
 * queue through {@code POST /api/queues}, and drives calls (who rings, answer, let ring out, hang up).
 */
final class QueueDesk implements AutoCloseable {

    static final String PASSWORD = "agent-password";

    final ParleyServer server;
    final List<String> agents = new ArrayList<>();
    final List<SipPhone> phones = new ArrayList<>();
    private final List<SipPhone> extras = new ArrayList<>();
    final String caller;
    final SipPhone callerPhone;
    long queueId;
    String queueNumber;

    private QueueDesk(ParleyServer server, int agentCount) {
        this.server = server;
        for (int i = 0; i < agentCount; i++) {
            String agent = Extensions.create(server, PASSWORD);
            agents.add(agent);
            phones.add(SipPhone.registered(server, agent, PASSWORD));
        }
        caller = Extensions.create(server, PASSWORD);
        callerPhone = SipPhone.registered(server, caller, PASSWORD);
    }

    /**
     * Agents (static, in order) and a queue whose JSON gets {@code extraJson} (e.g. {@code "strategy":"linear"}).
     */
    static QueueDesk withStaticAgents(ParleyServer server, int agentCount, String extraJson) {
        QueueDesk d = new QueueDesk(server, agentCount);
        d.createQueue("\"staticAgents\":" + jsonList(d.agents) + "," + extraJson);
        return d;
    }

    /** Agents that are all dynamic members of the queue (none connected yet). */
    static QueueDesk withDynamicAgents(ParleyServer server, int agentCount, String extraJson) {
        QueueDesk d = new QueueDesk(server, agentCount);
        d.createQueue("\"dynamicAgents\":" + jsonList(d.agents) + "," + extraJson);
        return d;
    }

    /** An extra phone's extension. */
    static String numberOf(SipPhone phone) {
        return phone.extension();
    }

    private void createQueue(String json) {
        queueNumber = Extensions.freshNumber();
        RestClient.Response r = server.admin().post("/api/queues", "{\"name\":\"Queue " + queueNumber
                + "\",\"extension\":\"" + queueNumber + "\"," + json + "}");
        assertEquals(201, r.status(), () -> "creating the queue: " + r);
        queueId = r.json().getJsonNumber("id").longValue();
    }

    static String jsonList(List<String> values) {
        return "[" + String.join(",", values.stream().map(v -> "\"" + v + "\"").toList()) + "]";
    }

    /** The caller dials the queue and hears ringing (180) while waiting. */
    SipPhone.Dialog call() {
        return call(callerPhone);
    }

    /** This phone dials the queue and hears ringing (180) while waiting. */
    SipPhone.Dialog call(SipPhone phone) {
        SipPhone.Dialog d = phone.invite(queueNumber).body(SipPhone.offer("caller", 40000)).send();
        d.awaitResponse(180);
        return d;
    }

    /** A new extension with a registered phone (another caller, a fallback). */
    SipPhone extraPhone() {
        String number = Extensions.create(server, PASSWORD);
        SipPhone phone = SipPhone.registered(server, number, PASSWORD);
        extras.add(phone);
        return phone;
    }

    /** {@code POST} to the API as admin, expecting {@code status}. */
    JsonObject post(String path, String json, int status) {
        RestClient.Response r = server.admin().post(path, json);
        assertEquals(status, r.status(), r::toString);
        return r.body().isEmpty() ? null : r.json();
    }

    /** The agent's state in {@code GET /api/agents/{extension}}. */
    String agentState(int index) {
        return server.admin().get("/api/agents/" + agents.get(index)).json().getString("state");
    }

    /** Waits until agent {@code index}'s phone rings (it answers 180); fails when another agent rings first. */
    SipPhone.Dialog awaitRing(int index) {
        SipPhone.Dialog d = phones.get(index).awaitCall(Duration.ofSeconds(8));
        d.ring();
        return d;
    }

    /** Asserts that no agent's phone but those given rings within {@code window}. */
    void assertNoOtherRings(Duration window, int... except) {
        Duration wait = window;
        for (int i = 0; i < phones.size(); i++) {
            int index = i;
            if (Arrays.stream(except).anyMatch(e -> e == index)) {
                continue;
            }
            Optional<SipMessageText> invite = phones.get(i).poll(wait,
                    m -> !m.isResponse() && m.firstLine().startsWith("INVITE ") && SipPhone.toTag(m).isEmpty());
            wait = Duration.ZERO;
            assertTrue(invite.isEmpty(), () -> "agent " + agents.get(index) + " rang unexpectedly");
        }
    }

    /** The agent's ring is cancelled by Parley (its ring time passed, or another agent answered). */
    static void awaitCancelled(SipPhone.Dialog ringing) {
        SipMessageText cancel = ringing.awaitRequest("CANCEL", Duration.ofSeconds(8));
        ringing.respondTo(cancel, 200, null, "");
        ringing.respond(487);
    }

    /**
     * The agent answers; the caller gets 200 and acknowledges; returns once Parley has taken the caller's ACK (its leg
     * CONFIRMED in {@code /api/calls}), so that a BYE sent next does not overtake it.
     */
    void answer(SipPhone.Dialog agent, SipPhone.Dialog caller) {
        agent.respond(200, SipPhone.offer("agent", 42000));
        SipMessageText ok = caller.awaitFinal(Duration.ofSeconds(8));
        assertEquals(200, ok.status(), ok::toString);
        caller.ack();
        agent.awaitRequest("ACK");
        String number = SipPhone.uriOf(caller.invite().header("From").orElseThrow()).replaceFirst("^sip:", "")
                .replaceFirst("@.*$", "");
        Await.until(Duration.ofSeconds(5), "the caller's ACK taken by Parley", () -> Calls.from(server, number)
                .map(c -> c.getJsonArray("legs").getValuesAs(JsonObject.class).stream()
                        .anyMatch(l -> l.getString("role").equals("ORIGIN")
                                && l.getString("state").equals("CONFIRMED")))
                .orElse(false));
    }

    /** The caller hangs up a connected call; the agent gets the BYE. */
    static void callerHangsUp(SipPhone.Dialog caller, SipPhone.Dialog agent) {
        assertEquals(200, caller.bye().status());
        SipMessageText bye = agent.awaitRequest("BYE");
        agent.respondTo(bye, 200, null, "");
    }

    /** Agent {@code index} answers the ringing call, then the caller hangs up. */
    void answerAndHangUp(int index, SipPhone.Dialog caller) {
        SipPhone.Dialog agent = awaitRing(index);
        answer(agent, caller);
        callerHangsUp(caller, agent);
    }

    /** The queue's event log, awaited until it holds {@code count} events of {@code type}. */
    List<JsonObject> awaitEvents(String type, int count) {
        try {
            return Await.value(Duration.ofSeconds(10), count + " " + type + " events", () -> events(type),
                    list -> list.size() >= count);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the queue's log: " + events(null), e);
        }
    }

    List<JsonObject> events(String type) {
        RestClient.Response r = server.admin().get("/api/queues/" + queueId + "/events?size=500"
                + (type == null ? "" : "&type=" + type));
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** Waits until the queue has no caller waiting and no agent is busy with one of its calls. */
    void awaitIdle() {
        Await.until(Duration.ofSeconds(10), "queue " + queueNumber + " idle", () -> server.admin()
                .get("/api/queues/" + queueId + "/agents").json().getJsonArray("waiting").isEmpty());
    }

    @Override
    public void close() {
        server.admin().delete("/api/queues/" + queueId);
        phones.forEach(SipPhone::close);
        extras.forEach(SipPhone::close);
        callerPhone.close();
    }
}
