package org.parley.e2e.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;

/** {@code /api/moh} over real HTTP: the shipped default class, classes made of uploads, validation. */
@ExtendWith(SharedParleyServer.class)
class MohApiIT {

    private static List<String> soundsOf(JsonObject c) {
        return c.getJsonArray("sounds").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static String uploadTone(ParleyServer server) {
        String name = Sounds.freshName("music");
        RestClient.Response r = Sounds.upload(server, name, "audio/wav", Sounds.sineWav(500, 22_050, 1.0));
        assertEquals(200, r.status(), r::toString);
        return name;
    }

    @Test
    void theDefaultClassPlaysTheShippedMusicAndCannotBeDeleted(ParleyServer server) {
        RestClient api = server.admin();
        JsonObject def = api.get("/api/moh").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("default")).findFirst().orElseThrow();
        assertEquals(List.of("moh-default"), soundsOf(def));
        assertEquals("sequential", def.getString("order"));
        assertTrue(Sounds.download(server, "moh-default").heard().seconds() >= 30, "30 s or more of music");

        RestClient.Response refused = api.delete("/api/moh/default");
        assertEquals(409, refused.status(), refused::toString);
        assertEquals("application/problem+json", refused.contentType().split(";")[0]);
        assertEquals(200, api.get("/api/moh/default").status());
    }

    @Test
    void anAdministratorCreatesChangesAndDeletesAClassOfUploads(ParleyServer server) {
        RestClient api = server.admin();
        String first = uploadTone(server);
        String second = uploadTone(server);
        String name = Sounds.freshName("sales");

        RestClient.Response created = api.put("/api/moh/" + name,
                "{\"sounds\":[\"" + first + "\",\"moh-default\",\"" + second + "\"],\"order\":\"random\"}");
        assertEquals(200, created.status(), created::toString);
        JsonObject read = api.get("/api/moh/" + name).json();
        assertEquals(List.of(first, "moh-default", second), soundsOf(read), "kept in the given order");
        assertEquals("random", read.getString("order"));
        assertTrue(api.get("/api/moh").jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("name").equals(name)));

        RestClient.Response inUse = api.delete("/api/sounds/" + first);
        assertEquals(409, inUse.status(), "a sound a class plays stays: " + inUse);
        assertTrue(inUse.body().contains(name), inUse::toString);

        RestClient.Response changed = api.put("/api/moh/" + name, "{\"sounds\":[\"" + second + "\"],"
                + "\"order\":\"sequential\"}");
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(List.of(second), soundsOf(api.get("/api/moh/" + name).json()));
        assertEquals("sequential", api.get("/api/moh/" + name).json().getString("order"));
        assertEquals(204, api.delete("/api/sounds/" + first).status(), "no class plays it any more");

        assertEquals(204, api.delete("/api/moh/" + name).status());
        assertEquals(404, api.get("/api/moh/" + name).status());
        assertEquals(404, api.delete("/api/moh/" + name).status());
        assertEquals(204, api.delete("/api/sounds/" + second).status());
    }

    @Test
    void aClassNamingAnUnknownSoundOrOrderIsRefusedFieldByField(ParleyServer server) {
        RestClient api = server.admin();
        String name = Sounds.freshName("bad");

        RestClient.Response unknown = api.put("/api/moh/" + name,
                "{\"sounds\":[\"moh-default\",\"no-such-sound\"],\"order\":\"sequential\"}");
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(List.of("sounds[1]"), SoundApiIT.fieldsOf(unknown));
        assertTrue(SoundApiIT.messageOf(unknown).contains("no-such-sound"), unknown::toString);

        RestClient.Response order = api.put("/api/moh/" + name, "{\"sounds\":[\"moh-default\"],\"order\":\"loud\"}");
        assertEquals(400, order.status(), order::toString);
        assertEquals(List.of("order"), SoundApiIT.fieldsOf(order));

        RestClient.Response none = api.put("/api/moh/" + name, "{\"sounds\":[],\"order\":\"random\"}");
        assertEquals(400, none.status(), none::toString);
        assertEquals(List.of("sounds"), SoundApiIT.fieldsOf(none));

        assertEquals(404, api.get("/api/moh/" + name).status(), "nothing stored");
        RestClient supervisor = org.parley.e2e.Users.create(server, "supervisor").rest(server);
        assertEquals(200, supervisor.get("/api/moh").status());
        assertEquals(403, supervisor.put("/api/moh/" + name, "{\"sounds\":[\"moh-default\"]}").status());
    }
}
