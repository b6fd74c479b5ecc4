package org.parley.e2e.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/** {@code GET /api/extensions} filtered and sorted by the database (what the console's table uses too). */
@ExtendWith(SharedParleyServer.class)
class ExtensionListApiIT {

    @Test
    void filtersAndSorts(ParleyServer server) {
        RestClient admin = server.admin();
        String prefix = "9" + String.format("%06d", System.nanoTime() % 1_000_000);
        List<String> names = List.of("Bravo %", "alpha_1", "Charlie");
        for (int i = 0; i < names.size(); i++) {
            assertEquals(201, admin.post("/api/extensions", "{\"number\":\"" + prefix + i + "\",\"displayName\":\""
                    + names.get(i) + "\",\"sipPassword\":\"password-" + i + "\"}").status());
        }

        assertEquals(List.of(prefix + "0", prefix + "1", prefix + "2"), numbers(admin, "?number=" + prefix));
        assertEquals(List.of(prefix + "1", prefix + "0", prefix + "2"),
                numbers(admin, "?number=" + prefix + "&sort=displayName"), "by display name, ignoring case");
        assertEquals(List.of(prefix + "2", prefix + "1", prefix + "0"), numbers(admin, "?number=" + prefix
                + "&sort=-number"));
        assertEquals(List.of(prefix + "0"), numbers(admin, "?number=" + prefix + "&displayName=O%20%25"),
                "a % in the filter is a percent sign, not a wildcard");
        assertEquals(List.of(prefix + "1"), numbers(admin, "?number=" + prefix + "&displayName=A_"));

        RestClient.Response bad = admin.get("/api/extensions?sort=color");
        assertEquals(400, bad.status());
        assertEquals("sort", bad.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static List<String> numbers(RestClient admin, String query) {
        RestClient.Response r = admin.get("/api/extensions" + query);
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("number")).toList();
    }
}
