package org.parley.e2e.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.EventStream;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/**
 * {@code *98}: another extension's phone (baresip, {@code sndcode}) types a box's number and its PIN, each ended by
 * {@code #}; the right PIN opens the menu of {@code *97} for that box, three wrong ones end in goodbye and a hang-up.
 */
@ExtendWith(SharedParleyServer.class)
class ListeningWithPinIT {

    static final String PIN = "2580";

    @Test
    void theRightPinOpensTheBoxFromAnotherPhone(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = boxWithOneMessage(server, alice);

        try (EventStream events = EventStream.open(server); Baresip phone = Baresip.start("vm-pin-right")) {
            phone.register(server, alice, "alice-password", "manual");
            Voicemails.dialAnyBox(server, phone);
            Voicemails.type(phone, bob + "#" + PIN + "#");
            Voicemails.type(phone, "13");
            JsonObject saved = events.await("the message saved through *98", Voicemails.CALL,
                    e -> e.name().equals("mailbox.changed") && e.json().getString("mailbox").equals(bob)).json();
            assertEquals(0, saved.getInt("newMessages"), saved::toString);
            assertEquals(1, saved.getInt("oldMessages"), saved::toString);
            phone.await("CALL_CLOSED", Duration.ofSeconds(30), e -> e.type().equals("CALL_CLOSED"));
        }
    }

    @Test
    void threeWrongPinsHearGoodbyeAndAreHungUpOn(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = boxWithOneMessage(server, alice);

        try (Baresip phone = Baresip.start("vm-pin-wrong")) {
            phone.register(server, alice, "alice-password", "manual");
            Voicemails.dialAnyBox(server, phone);
            Voicemails.type(phone, bob + "#1111#2222#3333#");
            phone.await("CALL_CLOSED", Duration.ofSeconds(30), e -> e.type().equals("CALL_CLOSED"));
        }
        JsonArray messages = server.admin().get("/api/mailboxes/" + bob + "/messages").jsonArray();
        assertEquals(1, messages.size(), messages::toString);
        assertFalse(messages.getJsonObject(0).getBoolean("heard"), "a wrong PIN hears nothing: " + messages);
    }

    /** A new extension whose box holds one new message (left by {@code caller}) and has the PIN. */
    static String boxWithOneMessage(ParleyServer server, String caller) {
        String bob = Extensions.create(server, "bob-password");
        Voicemails.switchOn(server, bob);
        RestClient.Response pin = server.admin().put("/api/mailboxes/" + bob, "{\"pin\":\"" + PIN + "\"}");
        assertEquals(200, pin.status(), pin::toString);
        try (Baresip phone = Baresip.start("vm-pin-caller")) {
            phone.register(server, caller, "alice-password", "manual");
            Voicemails.leaveMessage(server, phone, bob, 2);
        }
        Await.until(Voicemails.CALL, "the message stored",
                () -> server.admin().get("/api/mailboxes/" + bob + "/messages").jsonArray().size() == 1);
        return bob;
    }
}
