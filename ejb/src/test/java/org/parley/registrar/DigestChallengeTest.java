package org.parley.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.directory.DigestAlgorithm;

class DigestChallengeTest {

    @Test
    void writesAWwwAuthenticateValue() {
        assertEquals("Digest realm=\"pbx.example.com\", nonce=\"abc\", algorithm=SHA-256, qop=\"auth\"",
                new DigestChallenge("pbx.example.com", "abc", DigestAlgorithm.SHA_256, false).headerValue());
        assertEquals("Digest realm=\"r\", nonce=\"n\", algorithm=MD5, qop=\"auth\"",
                new DigestChallenge("r", "n", DigestAlgorithm.MD5, false).headerValue());
    }

    @Test
    void saysStaleOnlyWhenTrue() {
        assertEquals("Digest realm=\"r\", nonce=\"n\", algorithm=SHA-256, qop=\"auth\", stale=true",
                new DigestChallenge("r", "n", DigestAlgorithm.SHA_256, true).headerValue());
    }

    @Test
    void carriesAnOpaqueValue() {
        assertEquals("Digest realm=\"r\", nonce=\"n\", algorithm=MD5, qop=\"auth\", opaque=\"o\", stale=true",
                new DigestChallenge("r", "n", DigestAlgorithm.MD5, true, Optional.of("o")).headerValue());
    }

    @Test
    void refusesValuesThatWouldBreakTheQuotedString() {
        assertThrows(IllegalArgumentException.class,
                () -> new DigestChallenge("evil\", stale=true", "n", DigestAlgorithm.MD5, false));
        assertThrows(IllegalArgumentException.class,
                () -> new DigestChallenge("r", "n\\", DigestAlgorithm.MD5, false));
        assertThrows(IllegalArgumentException.class,
                () -> new DigestChallenge("r\r\nX: y", "n", DigestAlgorithm.MD5, false));
        assertThrows(IllegalArgumentException.class,
                () -> new DigestChallenge("r", "", DigestAlgorithm.MD5, false));
        assertThrows(IllegalArgumentException.class,
                () -> new DigestChallenge("r", "n", DigestAlgorithm.MD5, false, Optional.of("\"")));
    }
}
