package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.media.MediaConnection;
import org.parley.sipconnector.media.MediaSettings;

/** PARLEY_MEDIA_* are read like the connector's other settings: system property, then environment, then default. */
class MediaSettingsTest {

    private static ConfigLookup environment(Map<String, String> values) {
        return new ConfigLookup(name -> null, values::get);
    }

    private static MediaSettings resolve(Map<String, String> values) {
        return MediaSettings.resolve(environment(values)::override, "0.0.0.0", "192.0.2.1");
    }

    @Test
    void withoutOverridesTheDefaultsApply() {
        assertEquals(new MediaSettings("0.0.0.0", "192.0.2.1", 20000, 29999, Duration.ofSeconds(60)),
                resolve(Map.of()));
    }

    @Test
    void eachSettingIsOverridden() {
        MediaSettings settings = resolve(Map.of("PARLEY_MEDIA_ADDRESS", "203.0.113.9",
                "PARLEY_MEDIA_PORTS", "30001-30100", "PARLEY_MEDIA_RTP_TIMEOUT", "15"));
        assertEquals(new MediaSettings("0.0.0.0", "203.0.113.9", 30002, 30100, Duration.ofSeconds(15)), settings,
                "an odd first port moves up to the next even one");
    }

    @Test
    void badValuesAreRefusedWithTheSettingsName() {
        for (Map.Entry<String, String> bad : Map.of("PARLEY_MEDIA_PORTS", "20000", "PARLEY_MEDIA_RTP_TIMEOUT",
                "soon").entrySet()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> resolve(Map.of(bad.getKey(), bad.getValue())));
            assertTrue(e.getMessage().contains(bad.getKey()), e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> resolve(Map.of("PARLEY_MEDIA_PORTS", "70000-70010"))).getMessage()
                .contains("PARLEY_MEDIA_PORTS"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> resolve(Map.of("PARLEY_MEDIA_RTP_TIMEOUT", "0"))).getMessage()
                .contains("PARLEY_MEDIA_RTP_TIMEOUT"));
    }

    @Test
    void theStartedAdapterAdvertisesTheMediaAddressAndUsesTheRange() throws Exception {
        int base = 41000 + 2 * java.util.concurrent.ThreadLocalRandom.current().nextInt(4000);
        ConfigLookup overrides = environment(Map.of("PARLEY_MEDIA_ADDRESS", "198.51.100.4",
                "PARLEY_MEDIA_PORTS", base + "-" + (base + 19)));
        try (ConnectorFixture connector = ConnectorFixture.start(adapter -> adapter.overrideFrom(overrides),
                (request, connection) -> { });
                SipConnection connection = connector.connections.getConnection()) {
            MediaConnection media = connection.media();
            String id = media.open("leg");
            String offer = media.offer(id).text();
            assertTrue(offer.contains("c=IN IP4 198.51.100.4\r\n"), offer);
            int port = Integer.parseInt(offer.split("m=audio ")[1].split(" ")[0]);
            assertTrue(port >= base && port <= base + 18 && port % 2 == 0, "port " + port + " in " + base + "+");
            media.close(id);
        }
    }
}
