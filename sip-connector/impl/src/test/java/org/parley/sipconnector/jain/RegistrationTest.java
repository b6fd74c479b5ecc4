package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.OutboundRegistration;
import org.parley.sipconnector.RegistrationEvent;
import org.parley.sipconnector.SipAuth;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipTarget;

/** Parley registers at a carrier's registrar (a test phone plays it): challenged, refreshed, refused, un-registered. */
class RegistrationTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String AOR = "sip:+4930123456@carrier.test";

    private static OutboundRegistration trunk(TestPhone registrar, int expires) {
        return new OutboundRegistration("trunk-1", "sip:carrier.test", AOR,
                Optional.of(new SipTarget("UDP", "127.0.0.1", registrar.port())), expires,
                Optional.of(new SipAuth("4930123456", "pw")));
    }

    /** Challenges a REGISTER with SHA-256, checks the credentials of the next one and accepts it. */
    private static SipText challengeThenAccept(TestPhone registrar, String nonce, int granted) throws Exception {
        SipText register = registrar.request("REGISTER", WAIT);
        registrar.respond(register, 401, "Unauthorized", null,
                "WWW-Authenticate: Digest realm=\"carrier.test\", nonce=\"" + nonce + "\", qop=\"auth\", "
                        + "algorithm=SHA-256");
        SipText authorized = registrar.request("REGISTER", WAIT);
        assertEquals(register.cseq() + 1, authorized.cseq());
        assertTrue(DigestCheck.valid(authorized.need("Authorization"), "REGISTER", "pw", "SHA-256"));
        registrar.respond(authorized, 200, "OK", null,
                "Contact: <" + authorized.contactUri().orElseThrow() + ">;expires=" + granted);
        return authorized;
    }

    @Test
    void registersRefreshesReportsARefusalRetriesAndUnregisters() throws Exception {
        try (ConnectorFixture connector = ConnectorFixture.startFast((request, connection) -> { });
             TestPhone registrar = connector.phone("registrar");
             SipConnection connection = connector.connections.getConnection()) {
            Instant before = Instant.now();
            connection.register(trunk(registrar, 2));

            SipText first = challengeThenAccept(registrar, "n-1", 2);
            assertEquals("sip:carrier.test", first.requestUri());
            assertEquals("2", first.need("Expires"));
            assertTrue(first.contactUri().orElseThrow().startsWith("sip:+4930123456@127.0.0.1:" + connector.port),
                    first.need("Contact"));
            assertEquals("<" + AOR + ">", first.need("To"));
            RegistrationEvent registered = connector.endpoint.registrationEvents().await(e -> true, WAIT);
            assertTrue(registered.registered());
            assertEquals(200, registered.statusCode());
            assertTrue(registered.expiresAt().orElseThrow().isAfter(before.plusSeconds(1)));

            // refreshed at half the granted 2 s, same Call-ID, next CSeq
            SipText refresh = challengeThenAccept(registrar, "n-2", 2);
            assertEquals(first.callId(), refresh.callId());
            assertTrue(refresh.cseq() > first.cseq());

            // the next refresh is refused: reported, then retried after 200 ms
            SipText refused = registrar.request("REGISTER", WAIT);
            registrar.respond(refused, 403, "Forbidden", null);
            RegistrationEvent failed = connector.endpoint.registrationEvents().await(e -> !e.registered(), WAIT);
            assertEquals(403, failed.statusCode());
            assertEquals("Forbidden", failed.reasonPhrase());
            challengeThenAccept(registrar, "n-3", 60);
            assertEquals(3, connector.endpoint.registrationEvents().awaitCount(e -> true, 3, WAIT).size());

            connection.unregister("trunk-1");
            SipText unregister = registrar.request("REGISTER", WAIT);
            assertEquals("0", unregister.need("Expires"));
            assertEquals(first.callId(), unregister.callId());
            registrar.respond(unregister, 200, "OK", null);
            RegistrationEvent gone = connector.endpoint.registrationEvents().awaitCount(e -> true, 4, WAIT).get(3);
            assertFalse(gone.registered());
            connector.awaitNothingHeld(WAIT);
        }
    }

    @Test
    void stoppingTheAdapterUnregisters() throws Exception {
        TestPhone registrar;
        ConnectorFixture connector = ConnectorFixture.startFast((request, connection) -> { });
        registrar = connector.phone("registrar");
        registrar.autoAnswer((phone, request) -> {
            if (request.need("Expires").equals("0")) {
                phone.respond(request, 200, "OK", null);
                return false;
            }
            return false;
        });
        try (SipConnection connection = connector.connections.getConnection()) {
            connection.register(trunk(registrar, 3600));
        }
        challengeThenAccept(registrar, "n-1", 3600);
        connector.endpoint.registrationEvents().await(RegistrationEvent::registered, WAIT);

        connector.close();
        SipText unregister = registrar.request("REGISTER", WAIT);
        assertEquals("0", unregister.need("Expires"));
        assertNotEquals("", unregister.callId());
        registrar.close();
    }
}
