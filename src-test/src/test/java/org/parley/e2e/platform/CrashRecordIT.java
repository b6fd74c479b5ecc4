package org.parley.e2e.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.call.CallRecords;
import org.parley.e2e.call.Calls;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.PostgresDatabase;
import org.parley.test.support.RestClient;
import org.parley.test.support.RestartableParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * A call up when the server is killed with -9 (the server the restarting classes share,
 * {@link RestartableParleyServer}) is not forgotten: after the restart on the same database its call record is there,
 * marked INTERRUPTED, with who called whom and who answered when.
 */
@ExtendWith(RestartableParleyServer.class)
class CrashRecordIT {

    @Test
    void aCallUpAtAKillHasARecordMarkedInterruptedAfterTheRestart(ParleyServer server) throws Exception {
        String alice = Extensions.create(server, "alice-crash-1");
        String bob = Extensions.create(server, "bob-crash-1");
        try (SipPhone a = SipPhone.registered(server, alice, "alice-crash-1");
                SipPhone b = SipPhone.registered(server, bob, "bob-crash-1")) {
            SipPhone.Dialog outgoing = a.call(bob);
            SipPhone.Dialog incoming = b.awaitCall();
            CompletableFuture<SipMessageText> acked = CompletableFuture.supplyAsync(
                    () -> incoming.answer(SipPhone.offer("callee", 40004)));
            assertEquals(200, outgoing.awaitFinal().status());
            outgoing.ack();
            acked.get();
            String id = Await.value(Duration.ofSeconds(20), "the call answered", () -> Calls.from(server, alice),
                    c -> c.isPresent() && "ANSWERED".equals(c.get().getString("state"))).orElseThrow()
                    .getString("id");
            Await.until(Duration.ofSeconds(20), "the answered call's start stored behind",
                    () -> answeredInProgress(server.database(), id));

            server.crashAndRestart();

            JsonObject cdr = CallRecords.awaitOne(server, bob);
            assertEquals(id, cdr.getString("id"));
            assertEquals("INTERRUPTED", cdr.getString("disposition"));
            assertEquals(alice, cdr.getString("callerNumber"));
            assertEquals(bob, cdr.getString("calleeNumber"));
            assertEquals(bob, cdr.getString("answeredBy"));
            assertTrue(cdr.containsKey("answer") && !cdr.isNull("answer"), cdr::toString);
            RestClient.Response csv = server.admin().get("/api/cdrs?extension=" + bob, "text/csv");
            assertTrue(csv.body().contains("INTERRUPTED"), csv.body());
            assertEquals(1, server.admin().get("/api/cdrs?extension=" + bob).json().getJsonArray("items").size(),
                    "one record, not one per start");
        }
    }

    private static boolean answeredInProgress(PostgresDatabase database, String id) {
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT answered_at FROM call_in_progress WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getObject(1) != null;
            }
        } catch (SQLException e) {
            throw new AssertionError("reading call_in_progress", e);
        }
    }
}
