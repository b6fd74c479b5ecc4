package org.parley.media.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.media.DefaultMusicClassException;
import org.parley.media.MusicClass;
import org.parley.media.MusicClassInput;
import org.parley.media.MusicClassNotFoundException;
import org.parley.media.PlayOrder;
import org.parley.platform.error.InvalidInputException;
import org.parley.sipconnector.media.Sound;

class MusicOnHoldTest {

    private final FakeMedia media = new FakeMedia();

    private static List<String> names(List<Sound> sounds) {
        return sounds.stream().map(Sound::name).toList();
    }

    @Test
    void theDefaultClassPlaysTheShippedMusic() {
        List<Sound> playlist = media.music.playlist(MusicClass.DEFAULT);
        assertEquals(List.of("moh-default"), names(playlist));
        assertTrue(playlist.get(0).durationMillis() >= 30_000);
        assertThrows(DefaultMusicClassException.class, () -> media.music.delete(MusicClass.DEFAULT));
        assertThrows(MusicClassNotFoundException.class, () -> media.music.playlist("nope"));
    }

    @Test
    void aSequentialClassPlaysInItsOrderARandomOneIsReshuffledEachTime() throws IOException {
        List<String> order = List.of("digit-1", "digit-2", "digit-3", "digit-4", "digit-5", "digit-6", "digit-7",
                "digit-8");
        media.music.save("steps", new MusicClassInput(order, "sequential"));
        assertEquals(order, names(media.music.playlist("steps")));
        assertEquals(order, names(media.music.playlist("steps")));

        media.music.save("steps", new MusicClassInput(order, "random"));
        assertEquals(PlayOrder.RANDOM, media.music.find("steps").orElseThrow().order());
        Set<List<String>> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            List<String> played = names(media.music.playlist("steps"));
            assertEquals(Set.copyOf(order), Set.copyOf(played), "every sound once");
            assertEquals(order.size(), played.size());
            seen.add(played);
        }
        // 8! orders: twenty draws all alike would mean no shuffling
        assertTrue(seen.size() > 1, "reshuffled");
    }

    @Test
    void aClassPlaysUploadsAsTheyAreNow() throws IOException {
        media.library.upload("jingle", SoundLibraryTest.flatWav((short) 1000));
        media.music.save("sales", new MusicClassInput(List.of("jingle", "moh-default"), null));
        assertEquals(List.of("jingle", "moh-default"), names(media.music.playlist("sales")));
        assertEquals(PlayOrder.SEQUENTIAL, media.music.find("sales").orElseThrow().order(), "the default order");
        media.library.upload("jingle", SoundLibraryTest.flatWav((short) -9000));
        assertEquals(media.library.sound("jingle").orElseThrow().mulaw()[0],
                media.music.playlist("sales").get(0).mulaw()[0]);
    }

    @Test
    void unknownSoundsAndOrdersAreRefusedFieldByField() {
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> media.music.save("x",
                new MusicClassInput(List.of("moh-default", "ghost", "tone", "phantom"), "random")));
        assertEquals(List.of("sounds[1]", "sounds[3]"), unknown.errors().stream().map(e -> e.field()).toList());
        assertTrue(unknown.errors().get(0).message().contains("ghost"));
        assertEquals("order", assertThrows(InvalidInputException.class, () -> media.music.save("x",
                new MusicClassInput(List.of("tone"), "loud"))).errors().get(0).field());
        assertEquals("sounds", assertThrows(InvalidInputException.class, () -> media.music.save("x",
                new MusicClassInput(List.of(), "random"))).errors().get(0).field());
        assertEquals("name", assertThrows(InvalidInputException.class, () -> media.music.save("X Y",
                new MusicClassInput(List.of("tone"), "random"))).errors().get(0).field());
        assertTrue(media.music.find("x").isEmpty());
    }
}
