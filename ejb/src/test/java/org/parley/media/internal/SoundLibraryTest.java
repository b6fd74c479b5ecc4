package org.parley.media.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.parley.media.MusicClassInput;
import org.parley.media.Prompts;
import org.parley.media.SoundInUseException;
import org.parley.media.SoundInfo;
import org.parley.media.SoundKind;
import org.parley.media.SoundNotFoundException;
import org.parley.platform.error.InvalidInputException;
import org.parley.sipconnector.media.Sound;

class SoundLibraryTest {

    private final FakeMedia media = new FakeMedia();

    /** One second of 8 kHz 16-bit PCM at a constant level: easy to tell apart from speech. */
    static byte[] flatWav(short level) throws IOException {
        byte[] pcm = new byte[16_000];
        for (int i = 0; i < pcm.length; i += 2) {
            pcm[i] = (byte) level;
            pcm[i + 1] = (byte) (level >> 8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), new AudioFormat(8000, 16, 1, true,
                false), 8000), AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }

    @Test
    void shippedPromptsPlayWithoutReadingTheDatabaseTwice() {
        Sound prompt = media.library.sound(Prompts.AGENT_LOGGED_IN).orElseThrow();
        assertEquals(Prompts.AGENT_LOGGED_IN, prompt.name());
        assertTrue(prompt.durationMillis() > 1000, "a spoken sentence");
        media.library.sound(Prompts.AGENT_LOGGED_IN);
        media.library.sound(Prompts.AGENT_LOGGED_IN);
        assertEquals(1, media.reads, "no upload, remembered");
        assertTrue(media.library.sound("no-such-sound").isEmpty());
        assertTrue(media.library.sound("../etc/passwd").isEmpty());
    }

    @Test
    void anUploadReplacesAShippedPromptUntilDeleted() throws IOException {
        byte[] shipped = media.library.sound(Prompts.PLEASE_HOLD).orElseThrow().mulaw();

        SoundInfo replaced = media.library.upload(Prompts.PLEASE_HOLD, flatWav((short) 1000));

        assertEquals(SoundKind.REPLACED, replaced.kind());
        assertEquals(1000, replaced.durationMillis());
        byte[] playing = media.library.sound(Prompts.PLEASE_HOLD).orElseThrow().mulaw();
        assertEquals(8000, playing.length, "the cache forgot the shipped one when the upload was stored");
        assertNotEquals(Arrays.hashCode(shipped), Arrays.hashCode(playing));
        assertEquals(SoundKind.REPLACED, media.library.info(Prompts.PLEASE_HOLD).orElseThrow().kind());

        media.library.delete(Prompts.PLEASE_HOLD);

        assertArrayEquals(shipped, media.library.sound(Prompts.PLEASE_HOLD).orElseThrow().mulaw());
        assertEquals(SoundKind.SHIPPED, media.library.info(Prompts.PLEASE_HOLD).orElseThrow().kind());
        assertThrows(SoundNotFoundException.class, () -> media.library.delete(Prompts.PLEASE_HOLD));
    }

    @Test
    void aChangedUploadPlaysAtOnce() throws IOException {
        media.library.upload("jingle", flatWav((short) 1000));
        byte[] first = media.library.sound("jingle").orElseThrow().mulaw();
        media.library.upload("jingle", flatWav((short) -8000));
        byte[] second = media.library.sound("jingle").orElseThrow().mulaw();
        assertNotEquals(first[0], second[0]);
        assertEquals(2, media.changes.size());
    }

    @Test
    void theListHasShippedAndUploadedSoundsByName() throws IOException {
        media.library.upload("aaa-first", flatWav((short) 1000));
        List<SoundInfo> list = media.library.list();
        assertEquals("aaa-first", list.get(0).name());
        assertEquals(SoundKind.UPLOADED, list.get(0).kind());
        assertTrue(list.stream().anyMatch(s -> s.name().equals("moh-default") && s.kind() == SoundKind.SHIPPED
                && s.durationMillis() > 30_000));
    }

    @Test
    void aSoundAClassPlaysCannotBeDeleted() throws IOException {
        media.library.upload("jingle", flatWav((short) 1000));
        media.music.save("sales", new MusicClassInput(List.of("jingle"), "sequential"));

        SoundInUseException e = assertThrows(SoundInUseException.class, () -> media.library.delete("jingle"));
        assertTrue(e.getMessage().contains("sales"), e.getMessage());
        assertTrue(media.library.sound("jingle").isPresent());
    }

    @Test
    void badNamesAndFilesAreRefusedAndNothingIsStored() {
        InvalidInputException name = assertThrows(InvalidInputException.class,
                () -> media.library.upload("Bad Name", flatWav((short) 1)));
        assertEquals("name", name.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> media.library.upload("ok", "text".getBytes()));
        assertTrue(media.uploads.isEmpty());
        assertFalse(media.library.sound("ok").isPresent());
    }
}
