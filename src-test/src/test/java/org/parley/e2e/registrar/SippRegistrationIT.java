package org.parley.e2e.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.Ports;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.Sipp;

/** SIPp as a phone: registers with digest authentication, is refused with a wrong password, unregisters. */
@ExtendWith(SharedParleyServer.class)
class SippRegistrationIT {

    @Test
    void aPhoneRegistersWithDigestAuthenticationAndIsListed(ParleyServer server) {
        String ext = Extensions.create(server, "secret-2001");

        Sipp.Result run = Sipp.scenario("register").phone(ext, "secret-2001", "127.0.0.1")
                .key("expires", "300").against(server);

        assertTrue(run.allSucceeded(), run::toString);
        List<JsonObject> bindings = Registrations.of(server, ext);
        assertEquals(1, bindings.size(), bindings::toString);
        JsonObject b = bindings.get(0);
        assertEquals(ext, b.getString("extension"));
        assertTrue(b.getString("contact").startsWith("sip:" + ext + "@127.0.0.1:"), b::toString);
        assertEquals("UDP", b.getString("transport"));
        assertTrue(b.getString("sourceAddress").startsWith("127.0.0.1:"), b::toString);
        assertEquals("SIPp register", b.getString("userAgent"));
        Instant expiresAt = Instant.parse(b.getString("expiresAt"));
        assertTrue(expiresAt.isAfter(Instant.now().plusSeconds(250)) && expiresAt.isBefore(Instant.now().plusSeconds(301)),
                () -> "expiresAt " + expiresAt);
    }

    @Test
    void aPhoneRegistersOverTcp(ParleyServer server) {
        String ext = Extensions.create(server, "secret-tcp-1");

        Sipp.Result run = Sipp.scenario("register").transport("t1").phone(ext, "secret-tcp-1", "127.0.0.1")
                .key("expires", "300").against(server);

        assertTrue(run.allSucceeded(), run::toString);
        assertEquals("TCP", Registrations.of(server, ext).get(0).getString("transport"));
    }

    @Test
    void aWrongPasswordIsRefusedAndLeavesNoBinding(ParleyServer server) {
        String ext = Extensions.create(server, "right-password");

        Sipp.Result run = Sipp.scenario("register_refused").phone(ext, "wrong-password", "127.0.0.1")
                .key("expires", "300").against(server);

        assertTrue(run.allSucceeded(), () -> "expected 401 then 403: " + run);
        assertEquals(List.of(), Registrations.of(server, ext));
    }

    @Test
    void anUnknownExtensionGetsTheSameAnswerAsAWrongPassword(ParleyServer server) {
        Sipp.Result run = Sipp.scenario("register_refused").phone(Extensions.freshNumber(), "any-password", "127.0.0.1")
                .key("expires", "300").against(server);

        assertTrue(run.allSucceeded(), () -> "expected 401 then 403: " + run);
    }

    @Test
    void unregisteringRemovesTheBinding(ParleyServer server) {
        String ext = Extensions.create(server, "secret-unreg");
        int phonePort = Ports.freeTcpAndUdp();
        assertTrue(Sipp.scenario("register").localPort(phonePort).phone(ext, "secret-unreg", "127.0.0.1")
                .key("expires", "300").against(server).allSucceeded());
        assertEquals(1, Registrations.of(server, ext).size());

        Sipp.Result run = Sipp.scenario("register").localPort(phonePort).phone(ext, "secret-unreg", "127.0.0.1")
                .key("expires", "0").against(server);

        assertTrue(run.allSucceeded(), run::toString);
        assertEquals(List.of(), Registrations.of(server, ext));
    }
}
