package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;

/** Test data: extensions created through the REST API, each with a number no other test uses. */
public final class Extensions {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 1000) * 10 + 30000);

    private Extensions() {
    }

    /** A number no test of this run has used. */
    public static String freshNumber() {
        return Integer.toString(NEXT.incrementAndGet());
    }

    /** Creates an extension with this password and returns its number. */
    public static String create(ParleyServer server, String password) {
        String number = freshNumber();
        RestClient.Response r = server.admin().post("/api/extensions",
                "{\"number\":\"" + number + "\",\"displayName\":\"Test " + number + "\",\"sipPassword\":\""
                        + password + "\"}");
        assertEquals(201, r.status(), () -> "creating extension " + number + ": " + r);
        return number;
    }
}
