package org.parley.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** API token secrets: their form, what is stored of them, and that they never show in logs. */
class TokenSecretTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aSecretIsMarkedAndLongAndRandom() {
        TokenSecret a = TokenSecret.generate(random);
        TokenSecret b = TokenSecret.generate(random);

        assertTrue(a.text().startsWith("parley_"));
        assertEquals(39, a.text().length());
        assertTrue(TokenSecret.looksLikeOne(a.text()));
        assertNotEquals(a, b);
    }

    @Test
    void onlyAHashAndAPrefixAreKept() {
        TokenSecret secret = TokenSecret.generate(random);

        assertEquals(64, secret.sha256().length());
        assertEquals(secret.sha256(), TokenSecret.sha256(secret.text()));
        assertFalse(secret.sha256().contains(secret.text().substring(7)));
        assertEquals(13, secret.prefix().length());
        assertTrue(secret.text().startsWith(secret.prefix()));
    }

    @Test
    void aKnownVector() {
        // SHA-256 of "parley_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", computed with sha256sum
        assertEquals("344a6ff5b48e9c5a3af9f7b0ff9454efb86244daec073f6a31e7f45cf5dac6af",
                TokenSecret.sha256("parley_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
    }

    @Test
    void otherTextsAreNotSecrets() {
        assertFalse(TokenSecret.looksLikeOne(null));
        assertFalse(TokenSecret.looksLikeOne("parley_short"));
        assertFalse(TokenSecret.looksLikeOne("other__AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        assertFalse(TokenSecret.looksLikeOne("parley_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+"));
        assertThrows(IllegalArgumentException.class, () -> new TokenSecret("parley_nope"));
    }

    @Test
    void theSecretNeverShowsInText() {
        TokenSecret secret = TokenSecret.generate(random);
        NewApiToken created = new NewApiToken(null, secret.text());

        assertFalse(secret.toString().contains(secret.text()));
        assertFalse(created.toString().contains(secret.text()));
    }
}
