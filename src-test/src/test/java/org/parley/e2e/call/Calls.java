package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;

/** What {@code /api/calls} says about calls in progress, and the settings call tests change through the API. */
public final class Calls {

    private Calls() {
    }

    /** The calls in progress. */
    public static List<JsonObject> active(ParleyServer server) {
        RestClient.Response r = server.admin().get("/api/calls");
        assertEquals(200, r.status(), () -> "GET /api/calls: " + r);
        return r.jsonArray().getValuesAs(JsonObject.class);
    }

    /** The call in progress placed by {@code callerNumber}, if any. */
    public static Optional<JsonObject> from(ParleyServer server, String callerNumber) {
        return active(server).stream()
                .filter(c -> c.getJsonObject("caller").getString("number").equals(callerNumber)).findFirst();
    }

    /** Waits until the call placed by {@code callerNumber} is in {@code state} (SETUP, RINGING, ANSWERED). */
    static JsonObject awaitState(ParleyServer server, String callerNumber, String state) {
        return Await.value(Duration.ofSeconds(10), "a call from " + callerNumber + " in state " + state,
                () -> from(server, callerNumber), c -> c.isPresent() && c.get().getString("state").equals(state))
                .orElseThrow();
    }

    /** Waits until the call placed by {@code callerNumber} has a leg to a device ending in {@code device} ringing. */
    static void awaitRinging(ParleyServer server, String callerNumber, String device) {
        Await.until(Duration.ofSeconds(10), device + " rings for " + callerNumber, () -> from(server, callerNumber)
                .map(c -> c.getJsonArray("legs").getValuesAs(JsonObject.class).stream()
                        .anyMatch(l -> l.getString("device").endsWith(device) && l.getString("state").equals("RINGING")))
                .orElse(false));
    }

    /** Sets how long calls to an extension ring ({@code PUT /api/extensions/{n}}, 5–300 s). */
    public static void setRingSeconds(ParleyServer server, String extension, int seconds) {
        RestClient.Response r = server.admin().put("/api/extensions/" + extension,
                "{\"displayName\":\"Test " + extension + "\",\"ringSeconds\":" + seconds + "}");
        assertEquals(200, r.status(), () -> "PUT /api/extensions/" + extension + ": " + r);
        assertEquals(seconds, r.json().getInt("ringSeconds"), r::toString);
    }
}
