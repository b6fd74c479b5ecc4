package org.parley.e2e.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipClient;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * The SIP authentication guard seen from phones and a digest guesser (the test support's SipClient computing real
 * digests with wrong passwords), with the shared server's defaults: 10 failures in 5 minutes ban a source for 10
 * minutes; 20 failures against one extension slow its challenges. Each test sends from loopback addresses of its own
 * (127.0.0.5x), since 127.0.0.1, which the other tests use, is never banned (PARLEY_SIP_BAN_IGNORE's default). The
 * rules themselves (windows, doubling, memory) are unit-tested with a fixed clock in SipAuthFailuresTest.
 */
@ExtendWith(SharedParleyServer.class)
class SipGuardIT {

    private static final String PASSWORD = "guard-password";
    /** The fail2ban filter of docs/security.md, with fail2ban's {@code <HOST>} written out. */
    private static final Pattern FAIL2BAN = Pattern.compile(
            "SIP source (?<host>[0-9a-fA-F.:]+) banned for \\d+ s after \\d+ failed authentications");
    private static final Duration SILENCE = Duration.ofSeconds(2);

    @Test
    void wrongPasswordsFromOneAddressBanItWhileOtherAddressesAreServedAndAnAdminLiftsTheBan(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        String guesser = "127.0.0.51";
        try (SipClient attacker = SipClient.udpFrom(server, guesser);
                SipClient other = SipClient.udpFrom(server, "127.0.0.52")) {
            for (int i = 0; i < 10; i++) {
                assertEquals(403, guess(attacker, ext, "wrong-" + i).status());
            }

            SipClient.Register probe = attacker.register(ext).ownContact().expires(300);
            attacker.send(probe.next());
            assertEquals(Optional.empty(), attacker.receive(SILENCE), "a banned source is not answered at all");
            assertEquals(200, other.register(ext).ownContact().expires(300).sendAuthenticated(PASSWORD, "MD5").status(),
                    "another address is still served, with the same extension");

            String line = server.logText().lines().filter(l -> FAIL2BAN.matcher(l).find())
                    .filter(l -> l.contains(guesser + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no ban line for " + guesser + " in the log"));
            var m = FAIL2BAN.matcher(line);
            assertTrue(m.find());
            assertEquals(guesser, m.group("host"));
            assertTrue(line.contains("banned for 600 s after 10 failed authentications (ban 1"), line);

            JsonObject ban = bans(server).stream().filter(b -> guesser.equals(b.getString("address"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no ban of " + guesser + " in " + bans(server)));
            assertEquals(10, ban.getInt("failures"));
            assertEquals(1, ban.getInt("repeat"));
            assertTrue(gauge(server, "parley_sip_bans_active").orElseThrow() >= 1);
            assertTrue(gauge(server, "parley_sip_bans_total").orElseThrow() >= 1);
            assertTrue(gauge(server, "parley_sip_auth_failures_total").orElseThrow() >= 10);

            assertEquals(204, server.admin().delete("/api/sip-bans/" + guesser).status());
            assertEquals(List.of(), bans(server).stream().filter(b -> guesser.equals(b.getString("address"))).toList());
            assertEquals(401, attacker.register(ext).ownContact().expires(300).send().status(),
                    "a lifted source is served again");
            assertEquals(404, server.admin().delete("/api/sip-bans/" + guesser).status(), "nothing left to lift");
        }
    }

    @Test
    void wrongPasswordsInInvitesCountToo(ParleyServer server) {
        String caller = Extensions.create(server, PASSWORD);
        String callee = Extensions.create(server, PASSWORD);
        try (SipPhone phone = SipPhone.open(server, "127.0.0.59").register(caller, PASSWORD)) {
            phone.identity(caller, "not-the-password");
            for (int i = 0; i < 10; i++) {
                assertEquals(403, phone.invite(callee).send().awaitFinal().status(),
                        "the 407 is answered with a wrong password");
            }
            SipPhone.Dialog after = phone.invite(callee).withoutAuthentication().send();
            assertThrows(AssertionError.class, () -> after.awaitFinal(SILENCE), "a banned phone is not answered");
            assertTrue(bans(server).stream().anyMatch(b -> "127.0.0.59".equals(b.getString("address"))));
            assertEquals(204, server.admin().delete("/api/sip-bans/127.0.0.59").status());
        }
    }

    @Test
    void liftingNeedsAnAddressAndTheAdminRole(ParleyServer server) {
        RestClient.Response bad = server.admin().delete("/api/sip-bans/not-an-address");
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.body().contains("address"), bad.body());
        assertEquals(401, server.anonymous().get("/api/sip-bans").status());
    }

    @Test
    void theRealPhoneKeepsRegisteringWhileManyAddressesGuessItsPasswordAndStrangersAreSlowed(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udpFrom(server, "127.0.0.53");
                SipClient stranger = SipClient.udpFrom(server, "127.0.0.57")) {
            SipClient.Register own = phone.register(ext).ownContact().expires(300);
            assertEquals(200, own.sendAuthenticated(PASSWORD, "MD5").status());

            int failures = 0;
            for (String address : List.of("127.0.0.54", "127.0.0.55", "127.0.0.56")) {
                try (SipClient attacker = SipClient.udpFrom(server, address)) {
                    for (int i = 0; i < 7 && failures < 20; i++, failures++) {
                        assertEquals(403, guess(attacker, ext, "guess-" + failures).status());
                    }
                }
            }

            for (int i = 0; i < 3; i++) {
                assertEquals(200, own.sendAuthenticated(PASSWORD, "MD5").status(),
                        "the phone that registered from its address before keeps being served");
            }
            SipClient.Register strange = stranger.register(ext).ownContact().expires(300);
            for (int i = 0; i < 5; i++) {
                stranger.send(strange.next());
            }
            int answered = 0;
            while (stranger.receive(SILENCE).isPresent()) {
                answered++;
            }
            assertTrue(answered >= 1 && answered < 5,
                    "a stranger's five requests sent at once get fewer than five answers, not " + answered);
        }
    }

    @Test
    void scannerUserAgentsAreDroppedSilently(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient scanner = SipClient.udpFrom(server, "127.0.0.58")) {
            SipClient.Register reg = scanner.register(ext).ownContact().expires(300);
            scanner.send(reg.next().replace("User-Agent: Parley test phone", "User-Agent: friendly-scanner"));
            assertEquals(Optional.empty(), scanner.receive(SILENCE), "friendly-scanner is not answered");
            scanner.send(reg.next().replace("User-Agent: Parley test phone", "User-Agent: sipcli/v1.8"));
            assertEquals(Optional.empty(), scanner.receive(SILENCE), "sipcli is not answered");
            assertEquals(401, reg.send().status(), "the same address with a phone's user agent is");
        }
    }

    /** One REGISTER answered with a real digest of a wrong password; the final answer to the authenticated one. */
    private static SipMessageText guess(SipClient client, String ext, String password) {
        SipClient.Register reg = client.register(ext).ownContact().expires(300);
        SipMessageText challenge = reg.send();
        assertEquals(401, challenge.status(), challenge::toString);
        return reg.answer(challenge, password, "MD5").send();
    }

    private static List<JsonObject> bans(ParleyServer server) {
        RestClient.Response r = server.admin().get("/api/sip-bans");
        assertEquals(200, r.status(), r::toString);
        return r.jsonArray().getValuesAs(JsonObject.class);
    }

    /** A gauge's value in the Prometheus text of {@code /metrics}. */
    private static Optional<Double> gauge(ParleyServer server, String name) {
        RestClient.Response r = server.admin().get("/metrics", "text/plain");
        assertEquals(200, r.status(), r::toString);
        return r.body().lines()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
