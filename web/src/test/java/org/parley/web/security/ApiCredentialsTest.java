package org.parley.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the Authorization header of REST calls. */
class ApiCredentialsTest {

    @Test
    void basicGivesUserAndPassword() {
        String header = "Basic " + Base64.getEncoder().encodeToString("alice:pa:ss".getBytes(StandardCharsets.UTF_8));

        var credential = ApiCredentials.basic(header).orElseThrow();

        assertEquals("alice", credential.getCaller());
        assertEquals("pa:ss", credential.getPasswordAsString(), "only the first colon separates");
        assertTrue(ApiCredentials.basic("basic " + header.substring(6)).isPresent(), "the scheme ignores case");
    }

    @Test
    void badBasicIsNoCredential() {
        assertEquals(Optional.empty(), ApiCredentials.basic(null));
        assertEquals(Optional.empty(), ApiCredentials.basic("Basic !!!"));
        assertEquals(Optional.empty(), ApiCredentials.basic("Basic " + Base64.getEncoder()
                .encodeToString("no-colon".getBytes(StandardCharsets.UTF_8))));
        assertEquals(Optional.empty(), ApiCredentials.basic("Bearer abc"));
    }

    @Test
    void bearerGivesTheToken() {
        assertEquals(Optional.of("parley_abc"), ApiCredentials.bearer("Bearer parley_abc"));
        assertEquals(Optional.of("parley_abc"), ApiCredentials.bearer("bearer  parley_abc "));
        assertEquals(Optional.empty(), ApiCredentials.bearer("Bearer "));
        assertEquals(Optional.empty(), ApiCredentials.bearer("Basic abc"));
        assertEquals(Optional.empty(), ApiCredentials.bearer(null));
    }
}
