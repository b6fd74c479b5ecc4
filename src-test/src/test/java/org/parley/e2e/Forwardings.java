package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;

/** Forwarding set through the REST API for call tests. */
public final class Forwardings {

    private Forwardings() {
    }

    /** Replaces the forwarding of {@code extension} with {@code json} as an administrator; it must be accepted. */
    public static RestClient.Response set(ParleyServer server, String extension, String json) {
        RestClient.Response r = server.admin().put(path(extension), json);
        assertEquals(200, r.status(), () -> "setting the forwarding of " + extension + ": " + r);
        return r;
    }

    /** One rule, switched on to {@code target}, presenting {@code callerId} (ORIGINAL or COMPANY). */
    public static String rule(String kind, String target, String callerId) {
        return "{\"" + kind + "\":{\"enabled\":true,\"target\":\"" + target + "\",\"callerId\":\"" + callerId + "\"}}";
    }

    public static String path(String extension) {
        return "/api/extensions/" + extension + "/forwarding";
    }
}
