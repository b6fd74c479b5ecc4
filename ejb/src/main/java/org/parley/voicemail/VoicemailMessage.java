package org.parley.voicemail;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A message left in a mailbox, with its recording (8 kHz mono 16-bit PCM WAV). */
@Entity
@Table(name = "voicemail_message")
public class VoicemailMessage {

    /** Messages shorter than this are not kept (a caller who hung up at the tone). */
    public static final Duration SHORTEST = Duration.ofSeconds(2);

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "mailbox_number", nullable = false, length = 32)
    private String mailbox;

    @Column(name = "caller_number", nullable = false, length = 64)
    private String callerNumber;

    @Column(name = "caller_name", nullable = false, length = 128)
    private String callerName;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "duration_ms", nullable = false)
    private int durationMillis;

    @Column(name = "heard", nullable = false)
    private boolean heard;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "wav", nullable = false)
    private byte[] wav;

    protected VoicemailMessage() {
        // JPA
    }

    public VoicemailMessage(String id, String mailbox, String callerNumber, String callerName, Instant receivedAt,
            Duration duration, byte[] wav) {
        if (duration.compareTo(SHORTEST) < 0) {
            throw new IllegalArgumentException("a message lasts at least " + SHORTEST.toSeconds() + " s");
        }
        this.id = Objects.requireNonNull(id, "id");
        this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
        this.callerNumber = cut(callerNumber, 64);
        this.callerName = cut(callerName, 128);
        this.receivedAt = receivedAt.atOffset(ZoneOffset.UTC);
        this.durationMillis = (int) duration.toMillis();
        this.wav = Objects.requireNonNull(wav, "wav");
    }

    private static String cut(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() <= max ? v : v.substring(0, max);
    }

    public String id() {
        return id;
    }

    public String mailbox() {
        return mailbox;
    }

    public boolean heard() {
        return heard;
    }

    public void markHeard(boolean isHeard) {
        this.heard = isHeard;
    }

    public byte[] wav() {
        return wav;
    }

    public MessageView view() {
        return new MessageView(id, mailbox, callerNumber, callerName, receivedAt.toInstant(),
                Duration.ofMillis(durationMillis), heard);
    }
}
