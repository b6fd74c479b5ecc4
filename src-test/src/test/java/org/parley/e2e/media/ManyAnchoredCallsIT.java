package org.parley.e2e.media;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Metrics;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/**
 * A thousand calls on Parley's media engine (SIPp dials a feature code nobody knows: each call is answered with an
 * engine endpoint, hears "invalid code" and is hung up by Parley), a bounded run; afterwards no media endpoint is left
 * open: {@code parley_media_endpoints_open} on {@code /metrics} is back at zero, so every RTP/RTCP port was released.
 */
@ExtendWith(SharedParleyServer.class)
class ManyAnchoredCallsIT {

    private static final int CALLS = 1000;
    private static final double RATE = 25;
    private static final Duration BOUND = Duration.ofSeconds(240);
    private static final String GAUGE = "parley_media_endpoints_open";

    @Test
    void aThousandAnchoredCallsLeaveNoPortOpen(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");

        Sipp.Result calls = alicePhone.call("uac_call_remote_hangup", "*8645", s -> s.calls(CALLS).rate(RATE)
                .option("-l", "60").timeout(BOUND));

        assertTrue(calls.allSucceeded(), () -> "every call answered and hung up by Parley: " + calls);
        assertTrue(Metrics.gauge(server, GAUGE).isPresent(), () -> GAUGE + " is published on /metrics");
        Await.until(Duration.ofSeconds(30), GAUGE + " back to 0",
                () -> Metrics.gauge(server, GAUGE).orElse(-1.0) == 0.0);
    }
}
