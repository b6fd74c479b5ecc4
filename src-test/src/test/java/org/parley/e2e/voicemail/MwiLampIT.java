package org.parley.e2e.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;

/**
 * The message-waiting lamp of a real phone: baresip with its {@code mwi} module (account {@code ;mwi=yes}) subscribes
 * to {@code message-summary} after registering; its own {@code MWI_NOTIFY} events show the lamp off, on once a
 * caller left a message (the phone rejected the call: busy, so the mailbox took it), and off again once the message
 * is deleted.
 */
@ExtendWith(SharedParleyServer.class)
class MwiLampIT {

    private static final Duration LAMP = Duration.ofSeconds(60);

    @Test
    void aNewMessageLightsBaresipsLampAndDeletingItPutsItOut(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        Voicemails.switchOn(server, alice);

        try (Baresip lamp = Baresip.start("vm-mwi-lamp", List.of("mwi.so"));
                Baresip caller = Baresip.start("vm-mwi-caller")) {
            lamp.command("uanew", "<sip:" + alice + "@" + server.sipHost() + ":" + server.sipPort()
                    + ">;auth_pass=alice-password;regint=60;answermode=manual;mwi=yes");
            lamp.await("REGISTER_OK");
            lamp.await("the lamp off", LAMP, e -> isMwi(e, "no"));

            caller.register(server, bob, "bob-password", "manual");
            caller.command("dial", "sip:" + alice + "@" + server.sipHost() + ":" + server.sipPort());
            lamp.await("CALL_INCOMING");
            lamp.command("hangup", "");
            caller.await("CALL_ESTABLISHED");
            Await.until(Voicemails.CALL, "Parley recording the message",
                    () -> Voicemails.longestRecording(Voicemails.spool(server)) >= 44 + 3 * 16_000L);
            caller.command("hangup", "");
            caller.await("CALL_CLOSED");

            Baresip.Event on = lamp.await("the lamp on", LAMP, e -> isMwi(e, "yes"));
            assertTrue(on.param().contains("Voice-Message: 1/0"), on.json()::toString);

            JsonArray messages = server.admin().get("/api/mailboxes/" + alice + "/messages").jsonArray();
            assertEquals(1, messages.size(), messages::toString);
            assertEquals(204, server.admin().delete("/api/mailboxes/" + alice + "/messages/"
                    + messages.getJsonObject(0).getString("id")).status());
            Baresip.Event off = lamp.await("the lamp off again", LAMP, e -> isMwi(e, "no"));
            assertTrue(off.param().contains("Voice-Message: 0/0"), off.json()::toString);
        }
    }

    private static boolean isMwi(Baresip.Event e, String waiting) {
        return e.type().equals("MWI_NOTIFY") && e.param().replace(" ", "").toLowerCase()
                .contains("messages-waiting:" + waiting);
    }
}
