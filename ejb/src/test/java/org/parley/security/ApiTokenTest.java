package org.parley.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An API token's status is derived from its dates and its owner. */
class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private final ConsoleUser owner = new ConsoleUser("carol", "hash", EnumSet.of(Role.AGENT), NOW);
    private final TokenSecret secret = TokenSecret.generate(new SecureRandom());
    private final ApiToken token = new ApiToken(owner, " CRM ", secret, NOW, NOW.plus(Duration.ofDays(30)));

    @Test
    void aNewTokenIsActiveUntilItExpires() {
        assertEquals("CRM", token.name());
        assertEquals(secret.prefix(), token.prefix());
        assertEquals(ApiTokenStatus.ACTIVE, token.status(NOW));
        assertTrue(token.accepts(NOW.plus(Duration.ofDays(30)).minusSeconds(1)));
        assertEquals(ApiTokenStatus.EXPIRED, token.status(NOW.plus(Duration.ofDays(30))));
        assertFalse(token.accepts(NOW.plus(Duration.ofDays(30))));
    }

    @Test
    void aRevokedTokenStaysRevoked() {
        token.revoke(NOW.plusSeconds(60));
        token.revoke(NOW.plusSeconds(120));

        assertEquals(ApiTokenStatus.REVOKED, token.status(NOW.plusSeconds(61)));
        assertEquals(Optional.of(NOW.plusSeconds(60)), token.revokedAt());
        assertFalse(token.accepts(NOW.plusSeconds(61)));
    }

    @Test
    void aDisabledOwnersTokenIsRefused() {
        owner.disable();

        assertEquals(ApiTokenStatus.ACTIVE, token.status(NOW), "the token itself is fine");
        assertFalse(token.accepts(NOW));
    }

    @Test
    void aTokenNeedsANameAndAFutureExpiry() {
        assertThrows(IllegalArgumentException.class, () -> new ApiToken(owner, " ", secret, NOW, NOW.plusSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ApiToken(owner, "x", secret, NOW, NOW));
    }
}
