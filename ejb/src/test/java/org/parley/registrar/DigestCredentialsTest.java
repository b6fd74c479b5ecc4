package org.parley.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestCredentialsTest {

    @Test
    void readsEveryDirectiveByLowerCaseName() {
        DigestCredentials credentials = new DigestCredentials(Map.of("UserName", "201", "realm", "r",
                "Nonce", "n", "uri", "sip:pbx", "response", "abc", "algorithm", "MD5", "qop", "auth",
                "nc", "00000001", "cnonce", "c", "opaque", "o"));

        assertEquals(Optional.of("201"), credentials.username());
        assertEquals(Optional.of("r"), credentials.realm());
        assertEquals(Optional.of("n"), credentials.nonce());
        assertEquals(Optional.of("sip:pbx"), credentials.uri());
        assertEquals(Optional.of("abc"), credentials.response());
        assertEquals(Optional.of("MD5"), credentials.algorithm());
        assertEquals(Optional.of("auth"), credentials.qop());
        assertEquals(Optional.of("00000001"), credentials.nc());
        assertEquals(Optional.of("c"), credentials.cnonce());
        assertEquals(Optional.of("o"), credentials.opaque());
        assertEquals(Optional.of("201"), credentials.parameter("USERNAME"));
        assertEquals("201", credentials.parameters().get("username"));
    }

    @Test
    void absentDirectivesAreEmpty() {
        DigestCredentials credentials = new DigestCredentials(Map.of("username", "201"));

        assertEquals(Optional.empty(), credentials.realm());
        assertEquals(Optional.empty(), credentials.opaque());
    }

    @Test
    void aDirectiveGivenTwiceIsMalformed() {
        Map<String, String> twice = new HashMap<>();
        twice.put("nonce", "a");
        twice.put("NONCE", "b");

        assertThrows(IllegalArgumentException.class, () -> new DigestCredentials(twice));
    }
}
