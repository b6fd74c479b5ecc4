package org.parley.e2e.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.parley.test.support.SharedParleyServer;

/**
 * Listening by phone: the box's owner dials {@code *97} on a real phone (baresip, RFC 4733 key presses with
 * {@code sndcode}); {@code 1} plays the first message, {@code 3} saves it (heard) and {@code 2} deletes the next;
 * with no message left Parley says goodbye and hangs up. The REST API shows each change.
 */
@ExtendWith(SharedParleyServer.class)
class ListeningByPhoneIT {

    @Test
    void theMenuDrivenByKeysSavesAndDeletesMessages(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        Voicemails.switchOn(server, bob);
        String messages = "/api/mailboxes/" + bob + "/messages";
        try (Baresip caller = Baresip.start("vm-menu-caller")) {
            caller.register(server, alice, "alice-password", "manual");
            Voicemails.leaveMessage(server, caller, bob, 2);
            Await.until(Voicemails.CALL, "the first message stored",
                    () -> server.admin().get(messages).jsonArray().size() == 1);
            Voicemails.leaveMessage(server, caller, bob, 2);
            Await.until(Voicemails.CALL, "the second message stored",
                    () -> server.admin().get(messages).jsonArray().size() == 2);
        }
        JsonArray both = server.admin().get(messages).jsonArray();
        String older = both.getJsonObject(1).getString("id");
        String newer = both.getJsonObject(0).getString("id");

        try (EventStream events = EventStream.open(server); Baresip phone = Baresip.start("vm-menu")) {
            phone.register(server, bob, "bob-password", "manual");
            phone.command("dial", "sip:*97@" + server.sipHost() + ":" + server.sipPort());
            phone.await("CALL_ESTABLISHED");
            phone.await("CALL_RTPESTAB");
            phone.command("sndcode", "1");
            phone.command("sndcode", "3");
            JsonObject saved = events.await("the first message saved", Voicemails.CALL,
                    e -> e.name().equals("mailbox.changed") && e.json().getString("mailbox").equals(bob)).json();
            assertEquals(1, saved.getInt("newMessages"), saved::toString);
            assertEquals(1, saved.getInt("oldMessages"), saved::toString);
            phone.command("sndcode", "2");
            phone.await("CALL_CLOSED", Duration.ofSeconds(30), e -> e.type().equals("CALL_CLOSED"));
        }

        JsonArray left = server.admin().get(messages).jsonArray();
        assertEquals(1, left.size(), left::toString);
        assertEquals(older, left.getJsonObject(0).getString("id"), "the oldest new message is played first");
        assertTrue(left.getJsonObject(0).getBoolean("heard"), left::toString);
        assertEquals(404, server.admin().get(messages + "/" + newer).status(), "the second one deleted");
    }
}
