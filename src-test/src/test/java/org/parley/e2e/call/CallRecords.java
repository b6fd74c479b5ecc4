package org.parley.e2e.call;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;

/** What {@code /api/cdrs} says about calls of one extension. */
public final class CallRecords {

    private CallRecords() {
    }

    static List<JsonObject> of(ParleyServer server, String extension) {
        return query(server, "extension=" + extension);
    }

    /** The call records matching a query string ({@code extension=…&disposition=…}), first page of 100. */
    static List<JsonObject> query(ParleyServer server, String query) {
        RestClient.Response r = server.admin().get("/api/cdrs?size=100&" + query);
        if (r.status() != 200) {
            throw new AssertionError("GET /api/cdrs?" + query + ": " + r);
        }
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** Waits for the extension's first call record (they are written behind the call, within a fraction of a second). */
    public static JsonObject awaitOne(ParleyServer server, String extension) {
        return Await.value(Duration.ofSeconds(10), "the call record of " + extension,
                () -> of(server, extension), list -> list.size() == 1).get(0);
    }

    /** Waits until the extension has {@code count} call records and returns them, newest first. */
    static List<JsonObject> await(ParleyServer server, String extension, int count) {
        return Await.value(Duration.ofSeconds(15), count + " call records of " + extension,
                () -> of(server, extension), list -> list.size() >= count);
    }

    /**
     * Waits until no call in progress involves any of these numbers (as caller or callee): the calls of one test are
     * over, whatever other tests do on the shared server.
     */
    static void awaitNoActiveCallOf(ParleyServer server, String... numbers) {
        java.util.Set<String> ours = java.util.Set.of(numbers);
        Await.until(Duration.ofSeconds(10), "no call in progress involving " + ours,
                () -> server.admin().get("/api/calls").jsonArray().getValuesAs(JsonObject.class).stream()
                        .noneMatch(c -> ours.contains(c.getJsonObject("caller").getString("number"))
                                || ours.contains(c.getJsonObject("callee").getString("number"))));
    }

    /** Waits until no call is in progress any more. */
    static void awaitNoActiveCall(ParleyServer server) {
        Await.until(Duration.ofSeconds(10), "no call in progress",
                () -> server.admin().get("/api/calls").jsonArray().isEmpty());
    }
}
