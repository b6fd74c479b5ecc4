package org.parley.e2e.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import org.parley.test.support.SipClient;

/**
 * Bindings outlive a restart of the server, and lapse on time (on the server the restarting classes share,
 * {@link RestartableParleyServer}).
 */
@ExtendWith(RestartableParleyServer.class)
class BindingPersistenceIT {

    private static ParleyServer server;

    @BeforeAll
    static void start(ParleyServer restartable) {
        server = restartable;
    }

    @Test
    void bindingsSurviveARestartAndLapseOnTime() throws SQLException {
        String kept = Extensions.create(server, "persist-password");
        String lapsing = Extensions.create(server, "persist-password");
        try (SipClient phone = SipClient.udp(server)) {
            assertEquals(200, phone.register(kept).ownContact().expires(3600)
                    .sendAuthenticated("persist-password", "MD5").status());
            assertEquals(200, phone.register(lapsing).ownContact().expires(3)
                    .sendAuthenticated("persist-password", "MD5").status());
        }
        JsonObject before = Registrations.of(server, kept).get(0);
        assertEquals(1, Registrations.of(server, lapsing).size());

        Await.until(Duration.ofSeconds(10), "the 3-second binding of " + lapsing + " lapses",
                () -> Registrations.of(server, lapsing).isEmpty());
        Await.until(Duration.ofSeconds(5), "the lapsed binding is deleted from the database",
                () -> storedContacts(lapsing).isEmpty());
        assertEquals(1, storedContacts(kept).size(), "written behind, well before the restart");

        server.restart();

        List<JsonObject> after = Registrations.of(server, kept);
        assertEquals(1, after.size(), after::toString);
        assertEquals(before, after.get(0), "the same binding, to the microsecond");
        assertEquals(List.of(), Registrations.of(server, lapsing));
    }

    private static List<String> storedContacts(String extension) {
        try (Connection c = server.database().connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT contact_uri FROM registration_binding WHERE extension_number = ?")) {
            s.setString(1, extension);
            try (ResultSet rs = s.executeQuery()) {
                List<String> result = new java.util.ArrayList<>();
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
