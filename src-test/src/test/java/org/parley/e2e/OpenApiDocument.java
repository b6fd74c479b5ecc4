package org.parley.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;

/** The OpenAPI document at {@code /openapi}, as a client reads it (no sign-in). */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /** Asserts that the document describes every one of these paths. */
    public static void assertDescribes(ParleyServer server, List<String> expected) {
        RestClient.Response doc = server.anonymous().get("/openapi", "application/json");
        assertEquals(200, doc.status());
        JsonObject paths = doc.json().getJsonObject("paths");
        for (String path : expected) {
            assertTrue(paths.containsKey(path), () -> path + " in " + paths.keySet());
        }
    }
}
