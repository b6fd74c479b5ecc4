package org.parley.e2e;

import java.util.Optional;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;

/** Reading {@code /metrics} in tests. */
public final class Metrics {

    private Metrics() {
    }

    /** A gauge's value in the Prometheus text of {@code /metrics}; empty when it is not published. */
    public static Optional<Double> gauge(ParleyServer server, String name) {
        RestClient.Response r = server.admin().get("/metrics", "text/plain");
        if (r.status() != 200) {
            throw new AssertionError("GET /metrics: " + r.status() + " " + r.body());
        }
        return r.body().lines()
                .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
