package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;

/**
 * Click-to-dial by role: every signed-in user (an agent at the desk, or a CRM with that user's token) may ring their
 * own linked extension, and only it; administrators and supervisors may ring any extension.
 */
@ExtendWith(SharedParleyServer.class)
class ClickToDialRolesIT {

    @Test
    void anAgentDialsFromTheirOwnExtensionWithPasswordOrToken(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            Users.User agent = Users.createLinked(server, p.alice, "agent");
            RestClient withToken = agent.rest(server).withAuthorization("Bearer " + Users.token(server, agent, "crm"));

            for (RestClient client : new RestClient[] {agent.rest(server), withToken}) {
                RestClient.Response created = client.post("/api/calls", dial(p.alice, p.bob));
                assertEquals(201, created.status(), created::toString);
                assertEquals(p.alice, created.json().getJsonObject("caller").getString("number"));
                SipPhone.Dialog origin = p.alicePhone.awaitCall();
                origin.respond(486);
                origin.awaitRequest("ACK");
                CallRecords.awaitNoActiveCallOf(server, p.alice);
            }
        }
    }

    @Test
    void anAgentMayNotDialFromAnotherExtensionNorAnUnlinkedOne(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            Users.User agent = Users.createLinked(server, p.alice, "agent");
            Users.User unlinked = Users.create(server, "agent");

            RestClient.Response other = agent.rest(server).post("/api/calls", dial(p.bob, p.alice));
            RestClient.Response none = unlinked.rest(server).post("/api/calls", dial(p.alice, p.bob));

            assertEquals(403, other.status(), other::toString);
            assertEquals("application/problem+json", other.contentType().split(";")[0], other::toString);
            assertTrue(other.body().contains(p.bob), () -> "names the extension: " + other.body());
            assertEquals(403, none.status(), none::toString);
            assertTrue(p.bobPhone.poll(Duration.ofMillis(500), m -> m.firstLine().startsWith("INVITE ")).isEmpty(),
                    "bob's phone is never rung");
            assertTrue(p.alicePhone.poll(Duration.ZERO, m -> m.firstLine().startsWith("INVITE ")).isEmpty(),
                    "alice's phone is never rung");
        }
    }

    @Test
    void aSupervisorDialsFromAnyExtension(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            Users.User supervisor = Users.create(server, "supervisor");

            RestClient.Response created = supervisor.rest(server).post("/api/calls", dial(p.bob, p.alice));

            assertEquals(201, created.status(), created::toString);
            SipPhone.Dialog origin = p.bobPhone.awaitCall();
            origin.respond(486);
            origin.awaitRequest("ACK");
            CallRecords.awaitNoActiveCallOf(server, p.bob);
        }
    }

    private static String dial(String from, String to) {
        return "{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
    }
}
