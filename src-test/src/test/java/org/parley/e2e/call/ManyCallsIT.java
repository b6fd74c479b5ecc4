package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
 * A thousand calls one after another at a modest rate (SIPp UAC and UAS, each call authenticated, rung, answered and
 * hung up): every one succeeds, every one gets its call record, and afterwards nothing is left in progress — no call
 * in {@code /api/calls}, and the {@code /metrics} gauges of calls, legs and ring timers back at zero.
 */
@ExtendWith(SharedParleyServer.class)
class ManyCallsIT {

    private static final int CALLS = 1000;
    private static final double RATE = 20;
    private static final Duration BOUND = Duration.ofSeconds(240);

    @Test
    void aThousandCallsLeaveNothingBehind(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");
        SippPhone bobPhone = SippPhone.register(server, bob, "bob-password");

        Sipp.Running bobAnswers = bobPhone.expect("uas_answer", s -> s.pause(Duration.ZERO).calls(CALLS)
                .timeout(BOUND));
        Instant start = Instant.now();
        Sipp.Result calls = alicePhone.call("uac_call", bob, s -> s.pause(Duration.ofMillis(200)).calls(CALLS)
                .rate(RATE).option("-l", "40").timeout(BOUND));
        Duration took = Duration.between(start, Instant.now());

        assertTrue(calls.allSucceeded(), () -> "every call succeeded: " + calls + "\n" + tail(calls.output()));
        Sipp.Result answered = bobAnswers.await();
        assertTrue(answered.allSucceeded(), () -> "every call answered: " + answered);
        System.out.printf("ManyCallsIT: %d calls in %d ms%n", CALLS, took.toMillis());

        CallRecords.awaitNoActiveCall(server);
        Await.until(Duration.ofSeconds(30), "every call record written", () -> server.admin()
                .get("/api/cdrs?size=1&disposition=ANSWERED&extension=" + bob).json().getInt("total") == CALLS);
        for (String gauge : new String[] {"parley_calls_active", "parley_call_legs_active",
            "parley_ring_timers_pending"}) {
            Optional<Double> value = Metrics.gauge(server, gauge);
            assertTrue(value.isPresent(), () -> gauge + " is published on /metrics");
            Await.until(Duration.ofSeconds(10), gauge + " back to 0",
                    () -> Metrics.gauge(server, gauge).orElse(-1.0) == 0.0);
        }
        assertEquals(0, server.admin().get("/api/calls").jsonArray().size());
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
    }
}
