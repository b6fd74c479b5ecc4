package org.parley.e2e.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;

/**
 * A quiet start: the log of the shared test server's start is short, holds no dumps of Payara's expired CA
 * certificates, and ends with the banner a user needs (console URL, SIP address, transports and ports, the admin
 * password's origin).
 */
@ExtendWith(SharedParleyServer.class)
class StartupLogIT {

    /** Lines of a whole start, up to the banner's last line; 907 before it was made quiet. */
    private static final int MOST_LINES = 30;

    @Test
    void theStartIsShortAndEndsWithTheBanner(ParleyServer server) throws IOException {
        List<String> log = Files.readAllLines(server.log());
        int banner = indexOf(log, "Parley is ready.");
        assertTrue(banner >= 0, () -> "no banner in " + server.log());
        List<String> start = log.subList(0, Math.min(log.size(), banner + 4));

        assertTrue(start.size() < MOST_LINES, () -> start.size() + " lines up to the banner:\n" + String.join("\n",
                start));
        assertFalse(start.stream().anyMatch(l -> l.contains("Certificate") || l.contains("X.509")),
                () -> "certificate dumps:\n" + String.join("\n", start));
        String text = String.join("\n", start.subList(banner, start.size()));
        assertTrue(text.contains("http://" + server.sipHost() + ":" + server.httpPort() + "/"), text);
        assertTrue(text.contains("sip:" + server.sipHost() + ":" + server.sipPort()), text);
        assertTrue(text.contains("UDP " + server.sipPort() + ", TCP " + server.sipPort()), text);
        assertTrue(text.contains("domain " + server.domain()), text);
        assertTrue(text.contains("password from PARLEY_ADMIN_PASSWORD"), text);
        assertEquals(1, log.stream().filter(l -> l.contains("Parley is ready.")).count(), "one banner per start");
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
