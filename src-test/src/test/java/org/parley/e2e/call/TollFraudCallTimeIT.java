package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestartableParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * The international block at call time: a forward to a London number stored before the administrator narrowed the
 * allowed countries (written to the database, then Parley restarted with the rules it finds there) is refused when a
 * call would take it: the caller gets 403, the call record says so, and the refusal is logged. An extra device of
 * the same kind is left out while the extension's own phone still rings.
 */
@ExtendWith(RestartableParleyServer.class)
class TollFraudCallTimeIT {

    private static ParleyServer server;

    @BeforeAll
    static void start(ParleyServer restartable) {
        server = restartable;
    }

    @Test
    void aStoredInternationalForwardIsRefusedWhenTheCallComes() throws SQLException {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        String carol = Extensions.create(server, "carol-password");
        store(bob, "UNCONDITIONAL", "+442079460958", List.of());
        store(carol, null, null, List.of("+14155550100"));
        server.restart();

        try (SipPhone alicePhone = SipPhone.registered(server, alice, "alice-password");
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            SipMessageText refused = alicePhone.call(bob).awaitFinal();
            assertEquals(403, refused.status(), refused::toString);
            JsonObject cdr = CallRecords.awaitOne(server, bob);
            assertEquals("FAILED", cdr.getString("disposition"));
            Await.until(Duration.ofSeconds(5), "the refusal in the log", () -> server.logText()
                    .contains("Toll-fraud policy: the unconditional forward of " + bob + " to +442079460958 refused"));

            SipPhone.Dialog caller = alicePhone.call(carol);
            SipPhone.Dialog desk = carolPhone.awaitCall();
            ForwardedCalls.answerAndHangUp(server, alice, caller, desk);
            assertTrue(server.logText().contains("Toll-fraud policy: the extra device of " + carol
                    + " to +14155550100 refused"), "the extra device was left out, and that is logged");
            CallRecords.awaitNoActiveCallOf(server, alice, bob, carol);
        }
    }

    /** Writes forwarding as an older configuration left it: one rule switched on and extra devices. */
    private static void store(String extension, String kind, String target, List<String> devices)
            throws SQLException {
        try (Connection c = server.database().connect()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO extension_forwarding (extension_number,"
                    + " updated_at, version) VALUES (?, CURRENT_TIMESTAMP, 1)")) {
                s.setString(1, extension);
                s.executeUpdate();
            }
            if (kind != null) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO forwarding_rule (extension_number, kind,"
                        + " enabled, target, caller_id, confirm_by_key) VALUES (?, ?, TRUE, ?, 'ORIGINAL', FALSE)")) {
                    s.setString(1, extension);
                    s.setString(2, kind);
                    s.setString(3, target);
                    s.executeUpdate();
                }
            }
            for (int i = 0; i < devices.size(); i++) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO forwarding_device (extension_number, seq,"
                        + " number, confirm_by_key) VALUES (?, ?, ?, FALSE)")) {
                    s.setString(1, extension);
                    s.setInt(2, i);
                    s.setString(3, devices.get(i));
                    s.executeUpdate();
                }
            }
        }
    }
}
