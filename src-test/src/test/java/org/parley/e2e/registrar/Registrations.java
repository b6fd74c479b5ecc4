package org.parley.e2e.registrar;

import jakarta.json.JsonObject;
import java.util.List;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;

/** What {@code /api/registrations} says about one extension. */
final class Registrations {

    private Registrations() {
    }

    static List<JsonObject> of(ParleyServer server, String extension) {
        RestClient.Response r = server.admin().get("/api/registrations?extension=" + extension);
        if (r.status() != 200) {
            throw new AssertionError("GET /api/registrations: " + r);
        }
        return r.jsonArray().getValuesAs(JsonObject.class);
    }

    static List<String> contactsOf(ParleyServer server, String extension) {
        return of(server, extension).stream().map(o -> o.getString("contact")).sorted().toList();
    }
}
