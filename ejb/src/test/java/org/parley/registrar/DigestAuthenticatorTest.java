package org.parley.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.parley.directory.DigestAlgorithm;
import org.parley.directory.SipSecret;

class DigestAuthenticatorTest {

    private static final String REALM = "pbx.example.com";
    private static final String URI = "sip:pbx.example.com";
    private static final String METHOD = "REGISTER";
    private static final Duration TTL = Duration.ofSeconds(300);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T10:00:00Z"));
    private final Nonces nonces = new Nonces("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII),
            TTL, clock);
    private final Map<String, SipSecret> secrets = Map.of(
            "201", SipSecret.fromPassword("201", REALM, "right"),
            "202", SipSecret.fromPassword("202", "another.realm", "right"));
    private final DigestAuthenticator authenticator = authenticator(List.of(DigestAlgorithm.SHA_256,
            DigestAlgorithm.MD5));
    private final TestPhone phone = new TestPhone("201", "right");

    private DigestAuthenticator authenticator(List<DigestAlgorithm> offered) {
        return new DigestAuthenticator(REALM, offered, nonces, user -> Optional.ofNullable(secrets.get(user)));
    }

    private AuthResult authenticate(DigestCredentials... credentials) {
        return authenticator.authenticate(METHOD, List.of(credentials), "201");
    }

    private DigestChallenge firstChallenge() {
        return challengeOf(authenticate()).challenges().get(0);
    }

    private static AuthResult.Challenge challengeOf(AuthResult result) {
        return assertInstanceOf(AuthResult.Challenge.class, result);
    }

    private static Refusal refusalOf(AuthResult result) {
        return assertInstanceOf(AuthResult.Refused.class, result).refusal();
    }

    /** A correct answer to a fresh challenge, then changed by {@code tamper}. */
    private DigestCredentials answerWith(Consumer<Map<String, String>> tamper) {
        Map<String, String> parameters = phone.parameters(firstChallenge(), METHOD, URI, 1);
        tamper.accept(parameters);
        return new DigestCredentials(parameters);
    }

    @Test
    void withoutCredentialsItChallengesWithEveryOfferedAlgorithmInOrder() {
        AuthResult.Challenge challenge = challengeOf(authenticate());

        assertEquals(List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5),
                challenge.challenges().stream().map(DigestChallenge::algorithm).toList());
        assertEquals(1, challenge.challenges().stream().map(DigestChallenge::nonce).distinct().count(),
                "one nonce for all");
        assertTrue(challenge.challenges().stream().allMatch(c -> c.realm().equals(REALM) && !c.stale()));
        assertEquals(NonceStatus.VALID, nonces.check(challenge.challenges().get(0).nonce()));
    }

    @Test
    void theChallengeOrderFollowsTheConfiguration() {
        AuthResult result = authenticator(List.of(DigestAlgorithm.MD5, DigestAlgorithm.SHA_256))
                .authenticate(METHOD, List.of(), "201");

        assertEquals(List.of(DigestAlgorithm.MD5, DigestAlgorithm.SHA_256),
                challengeOf(result).challenges().stream().map(DigestChallenge::algorithm).toList());
    }

    @Test
    void everyChallengeHasANewNonce() {
        assertNotEquals(firstChallenge().nonce(), firstChallenge().nonce());
    }

    @Test
    void authenticatesACorrectSha256Answer() {
        AuthResult result = authenticate(phone.answer(firstChallenge(), METHOD, URI));

        assertEquals(new AuthResult.Authenticated("201"), result);
    }

    @Test
    void authenticatesACorrectMd5Answer() {
        DigestChallenge md5 = challengeOf(authenticate()).challenges().get(1);

        assertEquals(new AuthResult.Authenticated("201"), authenticate(phone.answer(md5, METHOD, URI)));
    }

    @Test
    void anAbsentAlgorithmMeansMd5() {
        DigestChallenge md5 = challengeOf(authenticate()).challenges().get(1);
        Map<String, String> parameters = phone.parameters(md5, METHOD, URI, 1);
        parameters.remove("algorithm");

        assertEquals(new AuthResult.Authenticated("201"), authenticate(new DigestCredentials(parameters)));
    }

    @Test
    void credentialsForAnotherRealmAreIgnored() {
        DigestCredentials elsewhere = answerWith(p -> p.put("realm", "other.example.com"));

        AuthResult.Challenge challenge = challengeOf(authenticate(elsewhere));

        assertTrue(challenge.challenges().stream().noneMatch(DigestChallenge::stale));
    }

    @Test
    void credentialsForOurRealmAreFoundAmongOthers() {
        DigestCredentials elsewhere = answerWith(p -> p.put("realm", "other.example.com"));
        DigestCredentials ours = phone.answer(firstChallenge(), METHOD, URI);

        assertEquals(new AuthResult.Authenticated("201"), authenticate(elsewhere, ours));
    }

    @Test
    void theUsernameMustBeTheRegisteredExtension() {
        DigestCredentials credentials = new TestPhone("202", "right").answer(firstChallenge(), METHOD, URI);

        assertEquals(Refusal.USERNAME_MISMATCH, refusalOf(authenticate(credentials)));
    }

    @Test
    void anAlgorithmNotOfferedGetsANewChallenge() {
        DigestAuthenticator sha256Only = authenticator(List.of(DigestAlgorithm.SHA_256));
        DigestChallenge sha = challengeOf(sha256Only.authenticate(METHOD, List.of(), "201")).challenges().get(0);
        DigestChallenge md5 = new DigestChallenge(REALM, sha.nonce(), DigestAlgorithm.MD5, false);

        AuthResult result = sha256Only.authenticate(METHOD, List.of(phone.answer(md5, METHOD, URI)), "201");

        assertEquals(List.of(DigestAlgorithm.SHA_256),
                challengeOf(result).challenges().stream().map(DigestChallenge::algorithm).toList());
    }

    @Test
    void sessAndUnknownAlgorithmsGetANewChallenge() {
        challengeOf(authenticate(answerWith(p -> p.put("algorithm", "SHA-256-sess"))));
        challengeOf(authenticate(answerWith(p -> p.put("algorithm", "MD5-sess"))));
        challengeOf(authenticate(answerWith(p -> p.put("algorithm", "SHA-512-256"))));
    }

    @Test
    void aQopOtherThanAuthGetsANewChallenge() {
        challengeOf(authenticate(answerWith(p -> p.put("qop", "auth-int"))));
    }

    @Test
    void malformedCredentialsAreABadRequest() {
        for (String required : List.of("username", "nonce", "uri", "response", "qop", "nc", "cnonce")) {
            assertEquals(Refusal.BAD_REQUEST, refusalOf(authenticate(answerWith(p -> p.remove(required)))),
                    "without " + required);
        }
        assertEquals(Refusal.BAD_REQUEST, refusalOf(authenticate(answerWith(p -> p.put("nc", "1")))));
        assertEquals(Refusal.BAD_REQUEST, refusalOf(authenticate(answerWith(p -> p.put("nc", "0000000g")))));
        assertEquals(Refusal.BAD_REQUEST, refusalOf(authenticate(answerWith(p -> p.put("cnonce", "")))));
    }

    @Test
    void aDigestUriOtherThanTheRequestUriIsHashedAsGiven() {
        // SIPp and several phones put host:port in the digest uri; what counts is that the response covers it
        DigestCredentials credentials = phone.answer(firstChallenge(), METHOD, "sip:other.example.com:5060");

        assertEquals(new AuthResult.Authenticated("201"), authenticate(credentials));
    }

    @Test
    void aNonceWeDidNotIssueGetsANewChallenge() {
        DigestChallenge forged = new DigestChallenge(REALM, "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                DigestAlgorithm.SHA_256, false);

        AuthResult.Challenge challenge = challengeOf(authenticate(phone.answer(forged, METHOD, URI)));

        assertTrue(challenge.challenges().stream().noneMatch(DigestChallenge::stale));
    }

    @Test
    void aWrongPasswordIsForbidden() {
        DigestCredentials wrong = new TestPhone("201", "wrong").answer(firstChallenge(), METHOD, URI);

        assertEquals(Refusal.FORBIDDEN, refusalOf(authenticate(wrong)));
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() {
        DigestCredentials unknown = new TestPhone("299", "right").answer(firstChallenge(), METHOD, URI);

        AuthResult result = authenticator.authenticate(METHOD, List.of(unknown), "299");

        assertEquals(new AuthResult.Refused(Refusal.FORBIDDEN), result);
    }

    @Test
    void aSecretOfAnotherRealmCannotAuthenticate() {
        DigestCredentials credentials = new TestPhone("202", "right").answer(firstChallenge(), METHOD, URI);

        assertEquals(Refusal.FORBIDDEN,
                refusalOf(authenticator.authenticate(METHOD, List.of(credentials), "202")));
    }

    @Test
    void aResponseForAnotherMethodIsForbidden() {
        DigestCredentials invite = phone.answer(firstChallenge(), "INVITE", URI);

        assertEquals(Refusal.FORBIDDEN, refusalOf(authenticate(invite)));
    }

    @Test
    void anUpperCaseHexResponseIsAccepted() {
        DigestCredentials upper = answerWith(p -> p.put("response", p.get("response").toUpperCase()));

        assertEquals(new AuthResult.Authenticated("201"), authenticate(upper));
    }

    @Test
    void aCorrectAnswerToAStaleNonceGetsAStaleChallenge() {
        DigestChallenge challenge = firstChallenge();
        clock.advance(TTL.plusSeconds(1));

        AuthResult.Challenge again = challengeOf(authenticate(phone.answer(challenge, METHOD, URI)));

        assertTrue(again.stale());
        assertTrue(again.challenges().stream().allMatch(DigestChallenge::stale));
        assertEquals(NonceStatus.VALID, nonces.check(again.challenges().get(0).nonce()));
    }

    @Test
    void aWrongPasswordOnAStaleNonceIsStillForbidden() {
        DigestChallenge challenge = firstChallenge();
        clock.advance(TTL.plusSeconds(1));

        DigestCredentials wrong = new TestPhone("201", "wrong").answer(challenge, METHOD, URI);

        assertEquals(Refusal.FORBIDDEN, refusalOf(authenticate(wrong)));
    }

    @Test
    void aReplayedNonceCountIsNeverAuthenticated() {
        DigestCredentials credentials = phone.answer(firstChallenge(), METHOD, URI);
        assertEquals(new AuthResult.Authenticated("201"), authenticate(credentials));

        AuthResult.Challenge replay = challengeOf(authenticate(credentials));

        assertTrue(replay.challenges().stream().noneMatch(DigestChallenge::stale));
    }

    @Test
    void theNextNonceCountOnTheSameNonceIsAuthenticated() {
        DigestChallenge challenge = firstChallenge();

        assertEquals(new AuthResult.Authenticated("201"), authenticate(phone.answer(challenge, METHOD, URI)));
        assertEquals(new AuthResult.Authenticated("201"), authenticate(phone.answer(challenge, METHOD, URI)));
    }

    @Test
    void aWrongPasswordDoesNotUseUpTheNonceCount() {
        DigestChallenge challenge = firstChallenge();
        DigestCredentials wrong = new TestPhone("201", "wrong").answer(challenge, METHOD, URI, 1);

        assertEquals(Refusal.FORBIDDEN, refusalOf(authenticate(wrong)));
        assertEquals(0, nonces.trackedCount());
        assertEquals(new AuthResult.Authenticated("201"), authenticate(phone.answer(challenge, METHOD, URI, 1)));
    }

    @Test
    void refusesABadConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> authenticator(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> authenticator(List.of(DigestAlgorithm.MD5, DigestAlgorithm.MD5)));
        assertThrows(IllegalArgumentException.class,
                () -> new DigestAuthenticator(" ", List.of(DigestAlgorithm.MD5), nonces, user -> Optional.empty()));
    }

    @Test
    void theBrowserPhonesIssuedPasswordIsAcceptedOverAWebSocketOnly() {
        DigestAuthenticator withIssued = new DigestAuthenticator(REALM, List.of(DigestAlgorithm.MD5), nonces,
                user -> Optional.ofNullable(secrets.get(user)),
                user -> user.equals("201") ? List.of(SipSecret.fromPassword("201", REALM, "issued")) : List.of());
        TestPhone browser = new TestPhone("201", "issued");
        DigestChallenge challenge = challengeOf(withIssued.authenticate(METHOD, List.of(), "201")).challenges().get(0);
        DigestCredentials first = new DigestCredentials(browser.parameters(challenge, METHOD, URI, 1));
        DigestCredentials second = new DigestCredentials(browser.parameters(challenge, METHOD, URI, 2));
        DigestCredentials stored = new DigestCredentials(phone.parameters(challenge, METHOD, URI, 3));

        assertEquals(Refusal.FORBIDDEN, refusalOf(withIssued.authenticate(METHOD, List.of(first), "201", false)));
        assertInstanceOf(AuthResult.Authenticated.class,
                withIssued.authenticate(METHOD, List.of(second), "201", true));
        assertInstanceOf(AuthResult.Authenticated.class,
                withIssued.authenticate(METHOD, List.of(stored), "201", true), "the stored password still works");
    }
}
