package org.parley.voicemail.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.parley.voicemail.VoicemailSettings;

/**
 * Recordings on their way to the database: the media engine records a message into {@code <id>.wav} under
 * {@code PARLEY_DATA_DIR/voicemail/spool}, beside {@code <id>.properties} naming its box and caller, written before
 * the recording starts. Once the message is a row, both files go. A file left by a crash or a stop is stored at the
 * next start, so a message is never lost once the caller spoke.
 */
@ApplicationScoped
public class VoicemailSpool {

    /** 8 kHz, 16-bit mono PCM. */
    static final int BYTES_PER_SECOND = 16_000;
    static final int WAV_HEADER = 44;

    @Inject
    VoicemailSettings settings;

    /**
     * A spooled recording.
     *
     * @param id           the message's id (the file's name)
     * @param mailbox      the box
     * @param callerNumber who called
     * @param callerName   their display name
     * @param receivedAt   when the recording started
     */
    public record Spooled(String id, String mailbox, String callerNumber, String callerName, Instant receivedAt) {
    }

    /** Writes the message's facts and returns the file the engine records into. */
    Path open(Spooled message) {
        try {
            Files.createDirectories(settings.spool());
            Properties p = new Properties();
            p.setProperty("mailbox", message.mailbox());
            p.setProperty("callerNumber", message.callerNumber());
            p.setProperty("callerName", message.callerName());
            p.setProperty("receivedAt", message.receivedAt().toString());
            Path tmp = settings.spool().resolve(message.id() + ".properties.tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "voicemail message being recorded");
            }
            Files.move(tmp, facts(message.id()), StandardCopyOption.ATOMIC_MOVE);
            return wav(message.id());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool a voicemail message under " + settings.spool(), e);
        }
    }

    /** The ids of every message waiting in the spool (those with their facts). */
    List<String> waiting() {
        if (!Files.isDirectory(settings.spool())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(settings.spool())) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the voicemail spool " + settings.spool(), e);
        }
    }

    Spooled facts(String id, Properties p) {
        return new Spooled(id, p.getProperty("mailbox"), p.getProperty("callerNumber", ""),
                p.getProperty("callerName", ""), Instant.parse(p.getProperty("receivedAt")));
    }

    /** The facts written for {@code id}. */
    Spooled read(String id) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(facts(id), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the voicemail spool entry " + id, e);
        }
        return facts(id, p);
    }

    /**
     * The recording as a complete WAV file (its header's sizes set from the samples there are, should the engine
     * have been stopped before writing them), or empty bytes when nothing was recorded.
     */
    byte[] recording(String id) {
        Path wav = wav(id);
        try {
            if (!Files.exists(wav) || Files.size(wav) <= WAV_HEADER) {
                return new byte[0];
            }
            byte[] bytes = Files.readAllBytes(wav);
            int data = (bytes.length - WAV_HEADER) & ~1;
            Wav.writeHeader(bytes, data);
            return data + WAV_HEADER == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, data + WAV_HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the voicemail recording " + wav, e);
        }
    }

    /** How long a complete WAV from {@link #recording} lasts. */
    static Duration lengthOf(byte[] wav) {
        return wav.length <= WAV_HEADER ? Duration.ZERO
                : Duration.ofMillis((wav.length - WAV_HEADER) * 1000L / BYTES_PER_SECOND);
    }

    /** Forgets a message once stored (or dropped). */
    void remove(String id) {
        try {
            Files.deleteIfExists(wav(id));
            Files.deleteIfExists(facts(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the voicemail spool entry " + id, e);
        }
    }

    private Path wav(String id) {
        return settings.spool().resolve(id + ".wav");
    }

    private Path facts(String id) {
        return settings.spool().resolve(id + ".properties");
    }
}
