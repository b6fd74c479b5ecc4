package org.parley.e2e.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.call.CallRecords;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * A queue's fallback may be a mailbox (docs/queues.md): a real phone (baresip) waits in a queue whose only agent is
 * not connected; after the maximum wait (2 s) it is answered by the shared box named as the queue's fallback, and its
 * message is stored there, the call's record showing the voicemail hop. A fallback that is neither an extension nor a
 * mailbox is refused naming the field.
 */
@ExtendWith(SharedParleyServer.class)
class QueueFallbackMailboxIT {

    @Test
    void afterTheMaximumWaitTheCallerLeavesAMessageInTheFallbackMailbox(ParleyServer server) {
        String caller = Extensions.create(server, "caller-password");
        String agent = Extensions.create(server, "agent-password");
        String box = Extensions.freshNumber();
        RestClient admin = server.admin();
        RestClient.Response shared = admin.post("/api/mailboxes", "{\"number\":\"" + box + "\",\"name\":\"Company\"}");
        assertEquals(201, shared.status(), shared::toString);
        String number = Extensions.freshNumber();
        RestClient.Response queue = admin.post("/api/queues", "{\"name\":\"Fallback " + number + "\",\"extension\":\""
                + number + "\",\"dynamicAgents\":[\"" + agent + "\"],\"maxWaitSeconds\":2,\"fallback\":\"" + box
                + "\"}");
        assertEquals(201, queue.status(), queue::toString);
        assertEquals(box, queue.json().getString("fallback"), queue::toString);

        try (Baresip phone = Baresip.start("queue-to-box")) {
            phone.register(server, caller, "caller-password", "manual");
            phone.command("dial", "sip:" + number + "@" + server.sipHost() + ":" + server.sipPort());
            phone.await("CALL_ESTABLISHED");
            Path spool = Voicemails.spool(server);
            Await.until(Voicemails.CALL, "Parley recording 3 s of the message",
                    () -> Voicemails.longestRecording(spool) >= 44 + 3 * 16_000);
            phone.command("hangup", "");
            phone.await("CALL_CLOSED");
        }

        JsonArray messages = Await.value(Voicemails.CALL, "the message stored in " + box,
                () -> admin.get("/api/mailboxes/" + box + "/messages").jsonArray(), m -> m.size() == 1);
        JsonObject message = messages.getJsonObject(0);
        assertEquals(caller, message.getString("callerNumber"), message::toString);
        assertTrue(message.getInt("durationSeconds") >= 2, message::toString);
        JsonObject record = CallRecords.awaitOne(server, caller);
        JsonObject hop = record.getJsonArray("hops").getJsonObject(0);
        assertEquals("VOICEMAIL", hop.getString("type"), record::toString);
        assertEquals(box, hop.getString("to"), record::toString);
        assertEquals("queue-timeout", hop.getString("reason"), record::toString);
        admin.delete("/api/queues/" + queue.json().getJsonNumber("id").longValue());
    }

    @Test
    void aFallbackThatIsNeitherAnExtensionNorAMailboxIsRefused(ParleyServer server) {
        String number = Extensions.freshNumber();
        RestClient.Response bad = server.admin().post("/api/queues", "{\"name\":\"Fallback " + number
                + "\",\"extension\":\"" + number + "\",\"maxWaitSeconds\":2,\"fallback\":\""
                + Extensions.freshNumber() + "\"}");
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.body().contains("\"fallback\""), bad::toString);
    }
}
