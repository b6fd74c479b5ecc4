package org.parley.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PromptsTest {

    private static final String FOLDER = "/org/parley/media/shipped/";

    @Test
    void numbersAreSaidAsWords() {
        assertEquals(List.of("digit-7"), Prompts.number(7));
        assertEquals(List.of("number-13"), Prompts.number(13));
        assertEquals(List.of("number-20"), Prompts.number(20));
        assertEquals(List.of("number-40", "digit-2"), Prompts.number(42));
        assertEquals(List.of("number-90"), Prompts.number(90));
        assertEquals(List.of("digit-1", "digit-0", "digit-5"), Prompts.number(105));
        assertEquals(List.of("digit-2", "digit-0", "digit-1"), Prompts.digits("201"));
    }

    @Test
    void everyNamedPromptAndEveryNumberWordIsShippedAsAn8kMulawWav() throws Exception {
        Set<String> shipped = index();
        List<String> needed = new ArrayList<>();
        for (Field f : Prompts.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                needed.add((String) f.get(null));
            }
        }
        for (int n = 0; n < 200; n++) {
            needed.addAll(Prompts.number(n));
        }
        for (String name : needed) {
            assertTrue(shipped.contains(name), name + " is not shipped");
        }
        for (String name : shipped) {
            try (InputStream in = PromptsTest.class.getResourceAsStream(FOLDER + name + ".wav")) {
                assertNotNull(in, name);
                byte[] wav = in.readAllBytes();
                byte[] mulaw = SoundFiles.toMulaw(wav, 120);
                assertEquals(58, wav.length - mulaw.length, 1, name + " is an 8 kHz µ-law WAV, kept as it is");
                assertTrue(mulaw.length > 1600, name + " lasts more than 0.2 s");
            }
        }
    }

    private static Set<String> index() throws IOException {
        try (InputStream in = PromptsTest.class.getResourceAsStream(FOLDER + "index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(Collectors.toSet());
        }
    }
}
