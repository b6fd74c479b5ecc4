package org.parley.e2e.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
 * A shared box's own number dialled (the company voicemail): Parley answers, the caller (baresip) leaves a message in
 * it, the call's record shows the hop {@code VOICEMAIL box → box (direct)}; a box switched off answers {@code 480}.
 */
@ExtendWith(SharedParleyServer.class)
class SharedBoxDialledIT {

    @Test
    void dialingASharedBoxLeavesAMessageInIt(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String box = Extensions.freshNumber();
        RestClient.Response shared = server.admin().post("/api/mailboxes", "{\"number\":\"" + box
                + "\",\"name\":\"Company\",\"notified\":[\"" + alice + "\"]}");
        assertEquals(201, shared.status(), shared::toString);

        try (Baresip phone = Baresip.start("vm-shared-direct")) {
            phone.register(server, alice, "alice-password", "manual");
            Voicemails.leaveMessage(server, phone, box, 3);
        }
        Await.until(Voicemails.CALL, "the message stored",
                () -> server.admin().get("/api/mailboxes/" + box + "/messages").jsonArray().size() == 1);
        JsonArray messages = server.admin().get("/api/mailboxes/" + box + "/messages").jsonArray();
        assertEquals(alice, messages.getJsonObject(0).getString("callerNumber"), messages::toString);
        assertTrue(messages.getJsonObject(0).getInt("durationSeconds") >= 2, messages::toString);

        JsonObject record = CallRecords.awaitOne(server, alice);
        JsonObject hop = record.getJsonArray("hops").getJsonObject(0);
        assertEquals("VOICEMAIL", hop.getString("type"), record::toString);
        assertEquals(box, hop.getString("to"), record::toString);
        assertEquals("direct", hop.getString("reason"), record::toString);

        RestClient.Response off = server.admin().put("/api/mailboxes/" + box, "{\"enabled\":false}");
        assertEquals(200, off.status(), off::toString);
        try (Baresip phone = Baresip.start("vm-shared-off")) {
            phone.register(server, alice, "alice-password", "manual");
            phone.command("dial", "sip:" + box + "@" + server.sipHost() + ":" + server.sipPort());
            Baresip.Event closed = phone.await("CALL_CLOSED");
            assertTrue(closed.param().contains("480"), closed.json()::toString);
        }
    }
}
