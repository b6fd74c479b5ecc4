package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which pages may open a SIP WebSocket: the console's own origin, listed ones, and clients that are no page. */
class OriginPolicyTest {

    private final OriginPolicy console = OriginPolicy.consoleOnly(8080);

    private static Optional<String> of(String value) {
        return Optional.of(value);
    }

    @Test
    void theConsoleOnTheHostTheSocketWasOpenedToIsAllowed() {
        assertTrue(console.allows(of("http://pbx.example.com:8080"), of("pbx.example.com:5066")));
        assertTrue(console.allows(of("https://PBX.example.com:8080/"), of("pbx.example.com")));
        assertTrue(console.allows(of("http://[::1]:8080"), of("[::1]:5066")));
    }

    @Test
    void anotherHostPortOrSchemeIsRefused() {
        assertFalse(console.allows(of("http://evil.example:8080"), of("pbx.example.com:5066")));
        assertFalse(console.allows(of("http://pbx.example.com:9090"), of("pbx.example.com:5066")));
        assertFalse(console.allows(of("http://pbx.example.com"), of("pbx.example.com:5066")));
        assertFalse(console.allows(of("file://pbx.example.com:8080"), of("pbx.example.com:5066")));
        assertFalse(console.allows(of("null"), of("pbx.example.com:5066")));
        assertFalse(console.allows(of("http://pbx.example.com:8080"), Optional.empty()));
    }

    @Test
    void listedOriginsAndTheWildcardAreAllowed() {
        OriginPolicy listed = new OriginPolicy(8080, List.of("https://crm.example.com/ "));
        assertTrue(listed.allows(of("https://crm.example.com"), of("pbx.example.com:7443")));
        assertFalse(listed.allows(of("https://crm.example.com:8443"), of("pbx.example.com:7443")));
        assertTrue(new OriginPolicy(8080, List.of("*")).allows(of("https://any.example"), of("pbx:5066")));
    }

    @Test
    void aClientThatIsNoWebPageSendsNoOriginAndIsAllowed() {
        assertTrue(console.allows(Optional.empty(), of("pbx.example.com:5066")));
    }
}
