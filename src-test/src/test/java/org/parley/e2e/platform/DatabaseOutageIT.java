package org.parley.e2e.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Users;
import org.parley.e2e.call.CallRecords;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.RestartableParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * The database goes away under the server the restarting classes share ({@link RestartableParleyServer}: its
 * database refuses connections; the shared PostgreSQL keeps running): readiness says so and liveness does not;
 * signed-in clients go on without a database read; what needs the database answers 503 with Retry-After, in bounded
 * time; a call already up keeps going and is recorded once the database is back.
 */
@ExtendWith(RestartableParleyServer.class)
class DatabaseOutageIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void readinessIsDownTheApiAnswers503AndCallsKeepGoingUntilTheDatabaseIsBack(ParleyServer server)
            throws Exception {
        String alice = Extensions.create(server, "alice-outage-1");
        String bob = Extensions.create(server, "bob-outage-1");
        RestClient admin = server.admin();
        Users.User operator = Users.create(server, "admin");
        RestClient bearer = server.anonymous().withAuthorization("Bearer "
                + Users.token(server, operator, "outage"));
        assertEquals(200, admin.get("/api/calls").status());
        assertEquals(200, bearer.get("/api/calls").status());
        Users.User stranger = Users.create(server, "supervisor");

        try (SipPhone a = SipPhone.registered(server, alice, "alice-outage-1");
                SipPhone b = SipPhone.registered(server, bob, "bob-outage-1")) {
            SipPhone.Dialog outgoing = a.call(bob);
            SipPhone.Dialog incoming = b.awaitCall();
            CompletableFuture<SipMessageText> acked = CompletableFuture.supplyAsync(
                    () -> incoming.answer(SipPhone.offer("callee", 40002)));
            assertEquals(200, outgoing.awaitFinal().status());
            outgoing.ack();
            acked.get();

            server.database().cutOff();
            try {
                RestClient anonymous = server.anonymous();
                RestClient.Response ready = Await.value(WAIT, "readiness down", () -> anonymous.get(
                        "/health/ready"), r -> r.status() == 503);
                JsonObject database = ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
                assertEquals("DOWN", database.getString("status"));
                assertEquals(200, anonymous.get("/health/live").status(), "alive all the same");

                assertEquals(200, admin.get("/api/calls").status(), "a signed-in user reads no database");
                assertEquals(200, bearer.get("/api/calls").status(), "nor does a known token");
                RestClient.Response list = admin.get("/api/extensions");
                assertEquals(503, list.status(), list::toString);
                assertEquals("5", list.header("Retry-After").orElseThrow());
                assertTrue(list.contentType().startsWith("application/problem+json"));
                RestClient.Response newcomer = stranger.rest(server).get("/api/calls");
                assertEquals(503, newcomer.status(), () -> "a sign-in that needs the database: " + newcomer);
                assertEquals("5", newcomer.header("Retry-After").orElseThrow());

                assertEquals(200, outgoing.bye().status(), "the call up keeps going: it ends normally");
                SipMessageText bye = incoming.awaitRequest("BYE");
                incoming.respondTo(bye, 200, null, null);
            } finally {
                server.database().restore();
            }
            Await.until(WAIT, "ready again", () -> server.anonymous().get("/health/ready").status() == 200);
            assertEquals(200, admin.get("/api/extensions").status());
            JsonObject cdr = CallRecords.awaitOne(server, bob);
            assertEquals("ANSWERED", cdr.getString("disposition"), "the call's record is written once back");
        }
    }
}
