package org.parley.e2e.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Digest;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipClient;
import org.parley.test.support.SipMessageText;

/** The registrar's rules (RFC 3261 §10.3, RFC 8760) seen from a phone, over UDP. */
@ExtendWith(SharedParleyServer.class)
class RegistrarRulesIT {

    private static final String PASSWORD = "rules-password";
    private static final Pattern EXPIRES = Pattern.compile(";expires=(\\d+)");

    @Test
    void theDefaultChallengeOffersMd5OnlyWhichEveryTestedPhoneAnswers(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udp(server)) {
            SipClient.Register reg = phone.register(ext).ownContact().expires(300);
            SipMessageText challenge = reg.send();

            assertEquals(401, challenge.status());
            List<Map<String, String>> offered = challenge.all("WWW-Authenticate").stream().map(Digest::challenge).toList();
            assertEquals(List.of("MD5"), offered.stream().map(c -> c.get("algorithm")).toList(),
                    "the default (PARLEY_SIP_DIGEST_ALGORITHMS=MD5) offers one MD5 challenge");
            assertEquals("auth", offered.get(0).get("qop"));
            assertEquals(server.domain(), offered.get(0).get("realm"));

            SipMessageText ok = reg.answer(challenge, PASSWORD, "MD5").send();

            assertEquals(200, ok.status(), ok::toString);
            assertEquals(List.of(phone.contact(ext)), Registrations.contactsOf(server, ext));
        }
    }

    @Test
    void anExtensionHasSeveralContactsEachWithItsExpiry(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udp(server)) {
            SipMessageText ok = phone.register(ext)
                    .contact("<sip:" + ext + "@127.0.0.1:7001>;expires=120")
                    .contact("<sip:" + ext + "@127.0.0.1:7002>")
                    .expires(600)
                    .sendAuthenticated(PASSWORD, "MD5");

            assertEquals(200, ok.status(), ok::toString);
            Map<String, Integer> listed = expiriesIn(ok);
            assertEquals(2, listed.size(), ok::toString);
            assertBetween(115, 120, listed.get("sip:" + ext + "@127.0.0.1:7001"));
            assertBetween(595, 600, listed.get("sip:" + ext + "@127.0.0.1:7002"));
            assertEquals(List.of("sip:" + ext + "@127.0.0.1:7001", "sip:" + ext + "@127.0.0.1:7002"),
                    Registrations.contactsOf(server, ext));
        }
    }

    @Test
    void removingOneContactKeepsTheOthersAndTheAnswerListsEveryCurrentOne(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udp(server)) {
            SipClient.Register reg = phone.register(ext)
                    .contact("<sip:" + ext + "@127.0.0.1:7001>").contact("<sip:" + ext + "@127.0.0.1:7002>")
                    .expires(300);
            assertEquals(200, reg.sendAuthenticated(PASSWORD, "MD5").status());

            SipMessageText ok = reg.clearContacts().contact("<sip:" + ext + "@127.0.0.1:7001>;expires=0")
                    .sendAuthenticated(PASSWORD, "MD5");

            assertEquals(200, ok.status(), ok::toString);
            assertEquals(List.of("sip:" + ext + "@127.0.0.1:7002"), List.copyOf(expiriesIn(ok).keySet()));
            assertEquals(List.of("sip:" + ext + "@127.0.0.1:7002"), Registrations.contactsOf(server, ext));
        }
    }

    @Test
    void aRegisterWithoutContactListsTheBindingsWithoutChangingThem(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udp(server)) {
            SipClient.Register reg = phone.register(ext).ownContact().expires(300);
            assertEquals(200, reg.sendAuthenticated(PASSWORD, "MD5").status());

            SipMessageText ok = reg.clearContacts().expires(null).sendAuthenticated(PASSWORD, "MD5");

            assertEquals(200, ok.status());
            assertEquals(List.of(phone.contact(ext)), List.copyOf(expiriesIn(ok).keySet()));
            assertEquals(List.of(phone.contact(ext)), Registrations.contactsOf(server, ext));
        }
    }

    @Test
    void contactStarWithExpiresZeroRemovesEveryBinding(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udp(server)) {
            SipClient.Register reg = phone.register(ext)
                    .contact("<sip:" + ext + "@127.0.0.1:7001>").contact("<sip:" + ext + "@127.0.0.1:7002>")
                    .expires(300);
            assertEquals(200, reg.sendAuthenticated(PASSWORD, "MD5").status());

            SipMessageText ok = reg.clearContacts().contact("*").expires(0).sendAuthenticated(PASSWORD, "MD5");

            assertEquals(200, ok.status(), ok::toString);
            assertEquals(List.of(), ok.contacts());
            assertEquals(List.of(), Registrations.contactsOf(server, ext));
        }
    }

    @Test
    void contactStarWithoutExpiresZeroIsABadRequest(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udp(server)) {
            SipMessageText answer = phone.register(ext).contact("*").expires(300).sendAuthenticated(PASSWORD, "MD5");

            assertEquals(400, answer.status(), answer::toString);
        }
    }

    @Test
    void anIntervalBelowTheMinimumGets423WithMinExpires(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udp(server)) {
            SipMessageText answer = phone.register(ext).ownContact().expires(1).sendAuthenticated(PASSWORD, "MD5");

            assertEquals(423, answer.status(), answer::toString);
            assertEquals("2", answer.header("Min-Expires").orElseThrow(), "PARLEY_REGISTRAR_MIN_EXPIRES of the test server");
            assertEquals(List.of(), Registrations.contactsOf(server, ext));
        }
    }

    @Test
    void anIntervalAboveTheMaximumIsShortenedToIt(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udp(server)) {
            SipMessageText ok = phone.register(ext).ownContact().expires(100_000).sendAuthenticated(PASSWORD, "MD5");

            assertEquals(200, ok.status());
            assertBetween(3595, 3600, expiriesIn(ok).get(phone.contact(ext)));
        }
    }

    @Test
    void anOlderCSeqOfTheSameCallIdChangesNothing(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udp(server)) {
            SipClient.Register reg = phone.register(ext).ownContact().expires(300).nextCSeq(10);
            assertEquals(200, reg.sendAuthenticated(PASSWORD, "MD5").status());

            SipMessageText answer = reg.nextCSeq(3).expires(0).sendAuthenticated(PASSWORD, "MD5");

            assertEquals(500, answer.status(), answer::toString);
            assertEquals(List.of(phone.contact(ext)), Registrations.contactsOf(server, ext));
        }
    }

    @Test
    void aReplayedNonceCountIsNotAccepted(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udp(server)) {
            SipClient.Register reg = phone.register(ext).contact("<sip:" + ext + "@127.0.0.1:7001>").expires(300);
            SipMessageText challenge = reg.send();
            Map<String, String> md5 = Digest.challenge(challenge.all("WWW-Authenticate").get(0));
            reg.answer(challenge, PASSWORD, "MD5");
            assertEquals(200, reg.send().status());

            // the same nonce count again, as an eavesdropper replaying the request would send it
            SipMessageText replay = reg.clearContacts().contact("<sip:" + ext + "@127.0.0.1:7002>")
                    .nonceCount(1).reuse(md5, PASSWORD).send();

            assertEquals(401, replay.status(), replay::toString);
            assertEquals(List.of("sip:" + ext + "@127.0.0.1:7001"), Registrations.contactsOf(server, ext));

            SipMessageText next = reg.nonceCount(2).reuse(md5, PASSWORD).send();
            assertEquals(200, next.status(), "the next nonce count of the same nonce is fine: " + next);
        }
    }

    @Test
    void theAuthenticationUsernameMustBeTheExtension(ParleyServer server) {
        String victim = Extensions.create(server, PASSWORD);
        String attacker = Extensions.create(server, "attacker-password");
        try (SipClient phone = SipClient.udp(server)) {
            SipClient.Register reg = phone.register(victim).ownContact().expires(300);
            SipMessageText challenge = reg.send();
            Map<String, String> md5 = Digest.challenge(challenge.all("WWW-Authenticate").get(0));
            reg.authorization(Digest.authorization(md5, attacker, "attacker-password", "REGISTER",
                    reg.requestUri(), "00000001", "abcdef12"));

            SipMessageText answer = reg.send();

            assertEquals(403, answer.status(), answer::toString);
            assertEquals(List.of(), Registrations.contactsOf(server, victim));
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownExtensionGetTheSameAnswer(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udp(server)) {
            SipMessageText wrongPassword = phone.register(ext).ownContact().expires(300)
                    .sendAuthenticated("not-the-password", "MD5");
            SipMessageText unknown = phone.register(Extensions.freshNumber()).ownContact().expires(300)
                    .sendAuthenticated("not-the-password", "MD5");

            assertEquals(403, wrongPassword.status());
            assertEquals(wrongPassword.firstLine(), unknown.firstLine());
            assertEquals(wrongPassword.headers().stream().map(h -> h[0]).toList(),
                    unknown.headers().stream().map(h -> h[0]).toList());
        }
    }

    @Test
    void aDomainParleyDoesNotServeGets404(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udp(server)) {
            SipMessageText answer = phone.register(ext).toHost("example.com").ownContact().expires(300).send();

            assertEquals(404, answer.status(), answer::toString);
        }
    }

    @Test
    void theDomainNameAndTheServersAddressAreBothServed(ParleyServer server) {
        String ext = Extensions.create(server, PASSWORD);
        try (SipClient phone = SipClient.udp(server)) {
            assertEquals(200, phone.register(ext).toHost(server.domain()).ownContact().expires(300)
                    .sendAuthenticated(PASSWORD, "MD5").status());
            assertEquals(200, phone.register(ext).toHost("127.0.0.1").ownContact().expires(300)
                    .sendAuthenticated(PASSWORD, "MD5").status());
        }
    }

    private static Map<String, Integer> expiriesIn(SipMessageText ok) {
        Map<String, Integer> result = new java.util.TreeMap<>();
        for (String contact : ok.contacts()) {
            Matcher m = EXPIRES.matcher(contact);
            assertTrue(m.find(), () -> "no expires in " + contact);
            String uri = contact.substring(contact.indexOf('<') + 1, contact.indexOf('>'));
            result.put(uri, Integer.parseInt(m.group(1)));
        }
        return result;
    }

    private static void assertBetween(int low, int high, Integer actual) {
        assertTrue(actual != null && actual >= low && actual <= high, () -> actual + " not in " + low + ".." + high);
    }
}
