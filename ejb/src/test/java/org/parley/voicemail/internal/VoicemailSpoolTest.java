package org.parley.voicemail.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.voicemail.VoicemailSettings;

/** The spool: a message's facts and recording survive until stored, and a recording cut by a stop is completed. */
class VoicemailSpoolTest {

    @TempDir
    Path dataDir;

    private VoicemailSpool spool() {
        VoicemailSpool spool = new VoicemailSpool();
        spool.settings = VoicemailSettings.of(180, true, dataDir);
        return spool;
    }

    @Test
    void theFactsWrittenBeforeRecordingAreReadBack() {
        VoicemailSpool spool = spool();
        Instant at = Instant.parse("2026-12-07T10:15:30Z");
        Path wav = spool.open(new VoicemailSpool.Spooled("m1", "2002", "2001", "Alice Ö", at));

        assertEquals(dataDir.resolve("voicemail/spool/m1.wav"), wav);
        assertEquals(List.of("m1"), spool.waiting());
        VoicemailSpool.Spooled read = spool.read("m1");
        assertEquals("2002", read.mailbox());
        assertEquals("2001", read.callerNumber());
        assertEquals("Alice Ö", read.callerName());
        assertEquals(at, read.receivedAt());
    }

    @Test
    void aRecordingWhoseHeaderWasNeverCompletedGetsItsSizes() throws IOException {
        VoicemailSpool spool = spool();
        Path wav = spool.open(new VoicemailSpool.Spooled("m2", "2002", "2001", "", Instant.now()));
        byte[] open = new byte[44 + 3 * 16_000 + 1];
        Wav.writeHeader(open, 0);
        Files.write(wav, open);

        byte[] completed = spool.recording("m2");

        assertEquals(44 + 3 * 16_000, completed.length, "an odd trailing byte is dropped");
        ByteBuffer header = ByteBuffer.wrap(completed).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(36 + 3 * 16_000, header.getInt(4));
        assertEquals(3 * 16_000, header.getInt(40));
        assertEquals(Duration.ofSeconds(3), VoicemailSpool.lengthOf(completed));
    }

    @Test
    void nothingRecordedIsAnEmptyRecordingAndRemovingEmptiesTheSpool() throws IOException {
        VoicemailSpool spool = spool();
        spool.open(new VoicemailSpool.Spooled("m3", "2002", "2001", "", Instant.now()));
        assertArrayEquals(new byte[0], spool.recording("m3"));
        assertEquals(Duration.ZERO, VoicemailSpool.lengthOf(new byte[0]));

        spool.remove("m3");

        assertEquals(List.of(), spool.waiting());
        try (var files = Files.list(dataDir.resolve("voicemail/spool"))) {
            assertEquals(0, files.count());
        }
    }
}
