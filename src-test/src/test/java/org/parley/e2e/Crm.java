package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;

/** Test data for call tracing: contacts, companies and case files created through the REST API. */
public final class Crm {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000) * 100);

    private Crm() {
    }

    /** A French mobile number in national format (06 …) no other test of this run uses. */
    public static String freshMobile() {
        return String.format("06%08d", NEXT.incrementAndGet() % 100_000_000);
    }

    /** The E.164 form of a French national number. */
    public static String e164(String national) {
        return "+33" + national.substring(1);
    }

    /** A name no other test of this run uses. */
    public static String freshName(String prefix) {
        return prefix + " " + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
    }

    /** Creates a contact with one number (any format) as an administrator and returns it. */
    public static JsonObject contact(ParleyServer server, String name, String phone) {
        return created(server.admin(), "/api/contacts", "{\"name\":\"" + name + "\",\"phones\":[\"" + phone + "\"]}");
    }

    /** Opens a case file with this contact, followed by these users, and returns it. */
    public static JsonObject caseFile(ParleyServer server, long contact, String... followers) {
        StringBuilder f = new StringBuilder();
        for (String u : followers) {
            f.append(f.isEmpty() ? "" : ",").append('"').append(u).append('"');
        }
        return created(server.admin(), "/api/cases", "{\"title\":\"" + freshName("Case") + "\",\"contacts\":["
                + contact + "],\"followers\":[" + f + "]}");
    }

    /** POSTs {@code json}, which must be created (201), and returns the body. */
    public static JsonObject created(RestClient api, String path, String json) {
        RestClient.Response r = api.post(path, json);
        assertEquals(201, r.status(), () -> "POST " + path + " " + json + ": " + r);
        return r.json();
    }
}
