package org.parley.e2e.voicemail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.Sipp;

/**
 * Message waiting (RFC 3842): a SIPp phone subscribes to {@code message-summary} for its own box, which holds one new
 * message; it gets 200 and a NOTIFY saying 1/0, then a NOTIFY for each change (heard: 0/1, deleted: 0/0), and after
 * unsubscribing a terminated NOTIFY. A SUBSCRIBE to another extension's box is refused, another event gets 489.
 */
@ExtendWith(SharedParleyServer.class)
class MessageWaitingIT {

    @Test
    void aSubscribedPhoneIsNotifiedOfEveryChangeOfItsBox(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        Voicemails.switchOn(server, bob);
        try (Baresip phone = Baresip.start("mwi-caller")) {
            phone.register(server, alice, "alice-password", "manual");
            Voicemails.leaveMessage(server, phone, bob, 3);
        }
        Await.until(Voicemails.CALL, "the message stored", () -> server.admin().get("/api/mailboxes/" + bob
                + "/messages").jsonArray().size() == 1);
        String id = server.admin().get("/api/mailboxes/" + bob + "/messages").jsonArray().getJsonObject(0)
                .getString("id");

        Sipp.Running subscriber = Sipp.scenario("mwi_subscribe").phone(bob, "bob-password", server.domain())
                .timeout(Duration.ofSeconds(120)).start(server);
        Await.until(Duration.ofSeconds(60), "bob's phone subscribed", () -> server.logText()
                .contains("Extension " + bob + " subscribed to message waiting of mailbox " + bob));
        assertEquals(200, server.admin().put("/api/mailboxes/" + bob + "/messages/" + id, "{\"heard\":true}")
                .status());
        assertEquals(204, server.admin().delete("/api/mailboxes/" + bob + "/messages/" + id).status());
        Sipp.Result result = subscriber.await();

        assertTrue(result.allSucceeded(), result::toString);
    }

    @Test
    void anotherBoxOrAnotherEventIsRefused(ParleyServer server) {
        String bob = Extensions.create(server, "bob-password");
        String carol = Extensions.create(server, "carol-password");

        Sipp.Result other = Sipp.scenario("mwi_subscribe").phone(bob, "bob-password", server.domain())
                .replace("SUBSCRIBE sip:[field0]@", "SUBSCRIBE sip:" + carol + "@").timeout(Duration.ofSeconds(30))
                .against(server);
        assertTrue(other.output().contains("403") || other.errors().contains("403"), other::toString);

        Sipp.Result presence = Sipp.scenario("mwi_subscribe").phone(bob, "bob-password", server.domain())
                .replace("Event: message-summary", "Event: presence").timeout(Duration.ofSeconds(30))
                .against(server);
        assertTrue(presence.output().contains("489") || presence.errors().contains("489"), presence::toString);
    }
}
