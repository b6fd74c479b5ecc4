package org.parley.e2e.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Crm;
import org.parley.e2e.Users;
import org.parley.e2e.console.ConsoleHttp;
import org.parley.e2e.media.AudioMatch;
import org.parley.e2e.media.RtpListener;
import org.parley.e2e.media.Sounds;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Queue callback (docs/queues.md, "Callback"): a waiting caller presses the callback key, confirms their caller ID
 * with 1 and is hung up; a virtual entry keeps their place. When the agent frees up (connects), Parley rings the agent
 * first (their phone shows the name of the tracing contact having the caller's number; answering, they hear "callback
 * for" and the number digit by digit, compared with the prompts), then calls the caller back,
 * before the caller who arrived later is served. A customer who is busy on every try: retried after the delay, then
 * CALLBACKFAILED. Keys are sent as SIP INFO in the caller's early dialog (the 183
 * of the queue's music).
 */
@ExtendWith(SharedParleyServer.class)
class QueueCallbackIT {

    private static final Duration WITHIN = Duration.ofSeconds(15);
    /** How far (0.3 s) a sound may start from the sum of the lengths before it. */
    private static final int MARGIN_SAMPLES = 2400;
    static final String CALLBACK = "\"callbackEnabled\":true,\"callbackKey\":\"5\","
            + "\"callbackOfferAfterSeconds\":0,\"callbackRetryDelaySeconds\":1,\"agentRingSeconds\":8,";

    @Test
    void theCallerIsCalledBackAtTheirTurnBeforeALaterCaller(ParleyServer server) {
        try (QueueDesk desk = QueueDesk.withDynamicAgents(server, 1, CALLBACK + "\"callbackRetries\":0")) {
            SipPhone.Dialog first = waitingCaller(desk, desk.callerPhone);
            press(first, "5");
            press(first, "1");
            JsonObject request = desk.awaitEvents("CALLBACKREQUEST", 1).get(0);
            assertEquals(desk.caller, request.getString("caller"), request::toString);
            assertEquals(480, first.awaitFinal(WITHIN).status(), "hung up after the goodbye");

            SipPhone second = desk.extraPhone();
            SipPhone.Dialog later = waitingCaller(desk, second);
            // the 183 may reach the phone before the queue publishes its new line: awaited
            JsonObject live = Await.value(WITHIN, "the callback and the later caller waiting",
                    () -> server.admin().get("/api/queues/" + desk.queueId + "/agents").json(),
                    l -> l.getJsonArray("waiting").size() == 2);
            assertTrue(live.getJsonArray("waiting").getJsonObject(0).getBoolean("callback"), live::toString);
            assertEquals("1", wallboardCallbacks(server, desk.queueId), "the wallboard shows the callback waiting");

            String name = Crm.freshName("Callback Contact");
            Crm.contact(server, name, desk.caller);
            desk.post("/api/queues/" + desk.queueId + "/agents", "{\"extension\":\"" + desk.agents.get(0) + "\"}",
                    200);
            SipPhone.Dialog agent = desk.phones.get(0).awaitCall(WITHIN);
            assertTrue(agent.invite().body().isEmpty(), () -> "the agent is rung first, click-to-dial fashion:\n"
                    + agent.invite());
            assertTrue(agent.invite().header("From").orElseThrow().contains(name),
                    () -> "the agent's phone shows the contact called back:\n" + agent.invite());
            agent.ring();
            SipPhone.Dialog customer;
            try (RtpListener agentEar = new RtpListener()) {
                agent.respond(200, SipPhone.offer("agent", agentEar.port()));
                SipMessageText ack = agent.awaitRequest("ACK");
                assertTrue(!ack.body().isEmpty(), "Parley answers the agent's offer before calling the customer");
                customer = desk.callerPhone.awaitCall(WITHIN);
                assertHeardCallbackFor(server, desk.caller, agentEar);
            }
            customer.respond(200, SipPhone.offer("customer", 43000));
            customer.awaitRequest("ACK");
            JsonObject connect = desk.awaitEvents("CALLBACKCONNECT", 1).get(0);
            assertEquals(desk.agents.get(0), connect.getString("agent"), connect::toString);
            assertTrue(desk.events("CONNECT").isEmpty(), "the later caller is not served before the callback");

            assertEquals(200, agent.bye().status());
            SipMessageText bye = customer.awaitRequest("BYE");
            customer.respondTo(bye, 200, null, "");
            SipPhone.Dialog ringsForLater = desk.awaitRing(0);
            desk.answer(ringsForLater, later);
            QueueDesk.callerHangsUp(later, ringsForLater);
            assertEquals(1, desk.awaitEvents("CONNECT", 1).size());
            desk.awaitIdle();
        }
    }

    @Test
    void aCustomerBusyOnEveryTryIsRetriedThenTheCallbackFails(ParleyServer server) {
        try (QueueDesk desk = QueueDesk.withDynamicAgents(server, 1, CALLBACK + "\"callbackRetries\":1")) {
            SipPhone.Dialog caller = waitingCaller(desk, desk.callerPhone);
            press(caller, "5");
            press(caller, "1");
            assertEquals(480, caller.awaitFinal(WITHIN).status());
            desk.post("/api/queues/" + desk.queueId + "/agents", "{\"extension\":\"" + desk.agents.get(0) + "\"}",
                    200);
            for (int attempt = 1; attempt <= 2; attempt++) {
                SipPhone.Dialog agent = desk.phones.get(0).awaitCall(WITHIN);
                agent.respond(200, SipPhone.offer("agent", 42000));
                SipPhone.Dialog customer = desk.callerPhone.awaitCall(WITHIN);
                customer.respond(486);
                agent.awaitRequest("ACK");
                SipMessageText bye = agent.awaitRequest("BYE");
                agent.respondTo(bye, 200, null, "");
            }
            List<JsonObject> failed = desk.awaitEvents("CALLBACKFAILED", 1);
            assertEquals("status 486", failed.get(0).getString("reason"), failed::toString);
            assertTrue(desk.events("CALLBACKCONNECT").isEmpty());
            desk.awaitIdle();
        }
    }

    @Test
    void callbackSettingsAreOffByDefaultStoredAndCheckedFieldByField(ParleyServer server) {
        try (QueueDesk desk = QueueDesk.withDynamicAgents(server, 1, "\"strategy\":\"ringall\"")) {
            assertCallback(server.admin().get("/api/queues/" + desk.queueId).json(), false, "1", 30, 2, 60);

            String base = "{\"name\":\"Queue " + desk.queueNumber + "\",\"extension\":\"" + desk.queueNumber
                    + "\",";
            RestClient.Response bad = server.admin().put("/api/queues/" + desk.queueId,
                    base + "\"callbackEnabled\":true,\"callbackKey\":\"#\",\"callbackOfferAfterSeconds\":-1,"
                            + "\"callbackRetries\":11,\"callbackRetryDelaySeconds\":3601}");
            assertEquals(400, bad.status(), bad::toString);
            assertEquals(List.of("callbackKey", "callbackOfferAfterSeconds", "callbackRetries",
                    "callbackRetryDelaySeconds"), bad.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                            .stream().map(e -> e.getString("field")).distinct().sorted().toList());

            RestClient.Response ok = server.admin().put("/api/queues/" + desk.queueId,
                    base + "\"callbackEnabled\":true,\"callbackKey\":\"7\",\"callbackOfferAfterSeconds\":45,"
                            + "\"callbackRetries\":3,\"callbackRetryDelaySeconds\":120}");
            assertEquals(200, ok.status(), ok::toString);
            assertCallback(server.admin().get("/api/queues/" + desk.queueId).json(), true, "7", 45, 3, 120);
        }
    }

    private static void assertCallback(JsonObject queue, boolean enabled, String key, int offerAfter, int retries,
            int retryDelay) {
        assertEquals(List.of(enabled, key, offerAfter, retries, retryDelay), List.of(
                queue.getBoolean("callbackEnabled"), queue.getString("callbackKey"),
                queue.getInt("callbackOfferAfterSeconds"), queue.getInt("callbackRetries"),
                queue.getInt("callbackRetryDelaySeconds")), queue::toString);
    }

    /** The phone dials the queue and waits, hearing the queue's early media (183 with Parley's SDP). */
    /** The "Callbacks waiting" figure of the queue's card on the wallboard, as a supervisor's browser receives it. */
    private static String wallboardCallbacks(ParleyServer server, long queueId) {
        Users.User supervisor = Users.create(server, "supervisor");
        String page = new ConsoleHttp(server).signIn(supervisor.username(), supervisor.password())
                .get("/wallboard.xhtml").body();
        Matcher card = Pattern.compile("data-queue=\"" + queueId + "\".*?wb-callbacks\">\\s*([^<\\s]*)",
                Pattern.DOTALL).matcher(page);
        assertTrue(card.find(), () -> "queue " + queueId + "'s card on the wallboard:\n" + page);
        return card.group(1);
    }

    static SipPhone.Dialog waitingCaller(QueueDesk desk, SipPhone phone) {
        SipPhone.Dialog d = phone.invite(desk.queueNumber).body(SipPhone.offer("caller", 40000)).send();
        d.awaitResponse(183);
        return d;
    }

    /** A key pressed as SIP INFO in the early dialog. */
    /**
     * The agent heard "callback for" then the number's digits, in turn, before the customer was called (each sound
     * found near where it should start, as the prompts are played back to back).
     */
    private static void assertHeardCallbackFor(ParleyServer server, String number, RtpListener ear) {
        List<String> sounds = new ArrayList<>(List.of("callback-for"));
        number.chars().forEach(c -> sounds.add("digit-" + (char) c));
        float[] heard = Await.value(WITHIN, "the whole announcement received", ear::heard,
                h -> h.length > 8000);
        int start = 0;
        for (String name : sounds) {
            float[] sound = Sounds.download(server, name).heard().samples();
            int from = Math.max(0, start - MARGIN_SAMPLES);
            int to = Math.min(heard.length, start + sound.length + MARGIN_SAMPLES);
            double similarity = AudioMatch.similarity(sound, Arrays.copyOfRange(heard, Math.min(from, to), to));
            assertTrue(similarity >= 0.8, () -> "the agent heard " + name + " at " + from / 8000.0 + " s: similarity "
                    + similarity + " (" + sounds + ", " + heard.length / 8000.0 + " s heard)");
            start += sound.length;
        }
    }

    static void press(SipPhone.Dialog caller, String key) {
        assertEquals(200, caller.send("INFO", "application/dtmf", key).awaitFinal().status(), "INFO " + key);
    }
}
