package org.parley.sipconnector.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.sipconnector.MediaEvent;

/** A recording given a silence limit reports the silence once and is trimmed to a quarter second after the sound. */
class SilenceRecordingTest {

    private EngineFixture fixture;
    private UdpPeer phone;

    @BeforeEach
    void start() throws Exception {
        fixture = EngineFixture.start();
        phone = new UdpPeer();
    }

    @AfterEach
    void stop() {
        phone.close();
        fixture.close();
    }

    @Test
    void silenceAfterSpeechIsReportedAndTrimmed(@TempDir Path dir) throws Exception {
        String id = fixture.answered(phone, 0);
        Path wav = dir.resolve("message.wav");
        fixture.engine.record(id, wav, Duration.ofMillis(500));
        byte[] loud = new byte[160];
        Arrays.fill(loud, (byte) 0x80);
        byte[] silent = new byte[160];
        Arrays.fill(silent, (byte) 0xFF);
        int seq = 1;
        for (int i = 0; i < 50; i++, seq++) {
            phone.send(UdpPeer.rtp(0, i == 0, seq, 160L * seq, 4, loud));
        }
        for (int i = 0; i < 30; i++, seq++) {
            phone.send(UdpPeer.rtp(0, false, seq, 160L * seq, 4, silent));
        }
        MediaEvent reported = fixture.await(e -> e instanceof MediaEvent.SilenceDetected);
        assertEquals(new MediaEvent.SilenceDetected("leg-" + phone.port(), id), reported);
        fixture.engine.stopRecording(id);
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        int samples = 50 * 160 + WavRecorder.KEPT_SILENCE_SAMPLES;
        assertEquals(2 * samples, b.getInt(40), "one second of sound and a quarter of silence");
        assertEquals(44 + 2 * samples, b.limit());
        assertTrue(Math.abs(b.getShort(44)) > 8000, "the sound kept");
        assertEquals(1, fixture.events.stream().filter(e -> e instanceof MediaEvent.SilenceDetected).count());
    }
}
