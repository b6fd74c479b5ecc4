package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the environment sets the WebSocket and TLS listening points. */
class WebTransportsTest {

    @TempDir
    Path dir;

    private static ConfigLookup env(Map<String, String> values) {
        return new ConfigLookup(name -> null, values::get);
    }

    @Test
    void withoutAKeystoreOnlyTheWebSocketListensOnTheAdaptersPort() {
        WebTransports web = WebTransports.resolve(5066, env(Map.of()));

        assertEquals(5066, web.wsPort());
        assertEquals(0, web.wssPort());
        assertEquals(0, web.tlsPort());
        assertEquals(OriginPolicy.consoleOnly(8080), web.origins());
    }

    @Test
    void aKeystoreOpensWssOn7443AndTlsOn5061UnlessTurnedOff() throws Exception {
        Path keystore = Files.writeString(dir.resolve("parley.p12"), "not read until the stack starts");
        Map<String, String> values = Map.of(WebTransports.KEYSTORE, keystore.toString(),
                WebTransports.KEYSTORE_PASSWORD, "secret", WebTransports.TLS_PORT, "off",
                WebTransports.WS_PORT, "off", WebTransports.HTTP_PORT, "9090",
                WebTransports.WS_ORIGINS, "https://crm.example.com, https://desk.example.com");

        WebTransports web = WebTransports.resolve(5066, env(values));

        assertEquals(0, web.wsPort());
        assertEquals(7443, web.wssPort());
        assertEquals(0, web.tlsPort());
        assertEquals("PKCS12", web.keystore().orElseThrow().type());
        assertEquals(new OriginPolicy(9090, List.of("https://crm.example.com", "https://desk.example.com")),
                web.origins());
        assertEquals(5061, WebTransports.resolve(5066, env(Map.of(WebTransports.KEYSTORE, keystore.toString(),
                WebTransports.KEYSTORE_PASSWORD, "secret"))).tlsPort());
    }

    @Test
    void wrongSettingsStopTheStartNamingTheSetting() {
        IllegalArgumentException noKeystore = assertThrows(IllegalArgumentException.class,
                () -> WebTransports.resolve(5066, env(Map.of(WebTransports.WSS_PORT, "7443"))));
        assertTrue(noKeystore.getMessage().contains(WebTransports.KEYSTORE), noKeystore.getMessage());

        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> WebTransports.resolve(5066, env(Map.of(WebTransports.KEYSTORE, "/nonexistent/parley.p12"))));
        assertTrue(missing.getMessage().contains(WebTransports.KEYSTORE), missing.getMessage());

        IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class,
                () -> WebTransports.resolve(5066, env(Map.of(WebTransports.WS_PORT, "websocket"))));
        assertTrue(notANumber.getMessage().contains(WebTransports.WS_PORT), notANumber.getMessage());
    }

    @Test
    void aKeystoreWithoutItsPasswordIsRefused() throws Exception {
        Path keystore = Files.writeString(dir.resolve("parley.jks"), "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WebTransports.resolve(5066, env(Map.of(WebTransports.KEYSTORE, keystore.toString()))));
        assertTrue(e.getMessage().contains(WebTransports.KEYSTORE_PASSWORD), e.getMessage());
    }
}
