package org.parley.e2e.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.OpenApiDocument;
import org.parley.e2e.Users;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/** {@code /api/sounds} over real HTTP: uploads converted to telephone audio, listed, served, replacing prompts. */
@ExtendWith(SharedParleyServer.class)
class SoundApiIT {

    static Optional<JsonObject> listed(ParleyServer server, String name) {
        RestClient.Response r = server.admin().get("/api/sounds");
        assertEquals(200, r.status(), r::toString);
        return r.jsonArray().getValuesAs(JsonObject.class).stream().filter(s -> s.getString("name").equals(name))
                .findFirst();
    }

    static List<String> fieldsOf(RestClient.Response r) {
        assertEquals("application/problem+json", r.contentType().split(";")[0], r::toString);
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    static String messageOf(RestClient.Response r) {
        return r.json().getJsonArray("errors").getJsonObject(0).getString("message");
    }

    @Test
    void aCdQualityStereoUploadIsListedAndServedAs8kTelephoneAudioOfTheSameTone(ParleyServer server) {
        String name = Sounds.freshName("tone");

        RestClient.Response stored = Sounds.upload(server, name, "audio/wav", Sounds.sineWav(600, 44_100, 1.5));

        assertEquals(200, stored.status(), stored::toString);
        assertEquals("uploaded", stored.json().getString("kind"));
        assertEquals(1500, stored.json().getJsonNumber("durationMillis").longValue(), 2);
        JsonObject listed = listed(server, name).orElseThrow(() -> new AssertionError(name + " not listed"));
        assertEquals("uploaded", listed.getString("kind"));
        assertEquals("shipped", listed(server, "agent-logged-in").orElseThrow().getString("kind"));
        assertEquals("shipped", listed(server, "moh-default").orElseThrow().getString("kind"));

        Sounds.Heard heard = Sounds.download(server, name).heard();
        assertEquals(8000, heard.format().getSampleRate());
        assertEquals(1, heard.format().getChannels());
        assertEquals(1.5, heard.seconds(), 0.01);
        assertEquals(600, heard.frequency(), 5);
        assertEquals(0.354, heard.rms(), 0.02, "a half-scale sine keeps its level");

        assertEquals(204, server.admin().delete("/api/sounds/" + name).status());
        assertEquals(404, Sounds.download(server, name).status());
        assertTrue(listed(server, name).isEmpty());
    }

    @Test
    void anUploadNamedLikeAPromptReplacesItAndDeletingItBringsTheShippedOneBack(ParleyServer server) {
        byte[] shipped = Sounds.download(server, "please-hold").body();
        assertTrue(Sounds.Heard.of(shipped).seconds() > 0.5, "the shipped prompt is speech");

        RestClient.Response replaced = Sounds.upload(server, "please-hold", "audio/x-wav",
                Sounds.sineWav(900, 16_000, 1.0));
        try {
            assertEquals(200, replaced.status(), replaced::toString);
            assertEquals("replaced", replaced.json().getString("kind"));
            assertEquals("replaced", listed(server, "please-hold").orElseThrow().getString("kind"));
            assertEquals(900, Sounds.download(server, "please-hold").heard().frequency(), 5, "the upload plays");
        } finally {
            assertEquals(204, server.admin().delete("/api/sounds/please-hold").status());
        }

        assertEquals("shipped", listed(server, "please-hold").orElseThrow().getString("kind"));
        assertArrayEquals(shipped, Sounds.download(server, "please-hold").body(), "the shipped prompt is back");
        RestClient.Response again = server.admin().delete("/api/sounds/please-hold");
        assertEquals(404, again.status(), "a shipped sound has no upload to delete: " + again);
    }

    @Test
    void aBodyThatIsNotAudioIsRefusedNamingTheProblemAndNothingIsStored(ParleyServer server) {
        String name = Sounds.freshName("not-audio");

        RestClient.Response html = Sounds.upload(server, name, "audio/wav",
                "<html><body>surely not a sound</body></html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, html.status(), html::toString);
        assertEquals(List.of("body"), fieldsOf(html));
        assertTrue(messageOf(html).contains("not a WAV file"), html::toString);

        RestClient.Response empty = Sounds.upload(server, name, "audio/wav", new byte[0]);
        assertEquals(400, empty.status(), empty::toString);
        assertTrue(messageOf(empty).contains("empty"), empty::toString);

        RestClient.Response badName = Sounds.upload(server, "Not%20A%20Name", "audio/wav",
                Sounds.sineWav(600, 8000, 0.5));
        assertEquals(400, badName.status(), badName::toString);
        assertEquals(List.of("name"), fieldsOf(badName));

        assertTrue(listed(server, name).isEmpty(), "nothing stored");
        assertEquals(404, Sounds.download(server, name).status());
    }

    @Test
    void supervisorsListenAdministratorsChange(ParleyServer server) {
        RestClient supervisor = Users.create(server, "supervisor").rest(server);
        assertEquals(200, supervisor.get("/api/sounds").status());
        assertEquals(200, supervisor.get("/api/sounds/tone", "audio/wav").status());
        assertEquals(403, supervisor.send("PUT", "/api/sounds/tone", "audio/wav", "RIFF").status());
        assertEquals(403, supervisor.delete("/api/sounds/tone").status());
        RestClient agent = Users.create(server, "agent").rest(server);
        assertEquals(403, agent.get("/api/sounds").status());
    }

    @Test
    void theOpenApiDocumentDescribesTheSoundsAndMusicResources(ParleyServer server) {
        OpenApiDocument.assertDescribes(server, List.of("/api/sounds", "/api/sounds/{name}", "/api/moh",
                "/api/moh/{class}"));
    }
}
