package org.parley.voicemail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Voicemail settings (MicroProfile Config; each key also read from the environment). */
@ApplicationScoped
public class VoicemailSettings {

    @Inject
    @ConfigProperty(name = "PARLEY_VOICEMAIL_MAX_SECONDS", defaultValue = "180")
    int maxSeconds;

    @Inject
    @ConfigProperty(name = "PARLEY_VOICEMAIL_SILENCE_SECONDS", defaultValue = "10")
    int silenceSeconds;

    @Inject
    @ConfigProperty(name = "PARLEY_VOICEMAIL_EXTENSIONS", defaultValue = "on")
    String extensions;

    @Inject
    @ConfigProperty(name = "PARLEY_DATA_DIR", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "PARLEY_COMPANY_MAILBOX")
    java.util.Optional<String> companyMailbox;

    /** Settings with these values, without MicroProfile Config (tests). */
    public static VoicemailSettings of(int maxSeconds, boolean extensionBoxesOn, Path dataDir) {
        VoicemailSettings s = new VoicemailSettings();
        s.maxSeconds = maxSeconds;
        s.extensions = extensionBoxesOn ? "on" : "off";
        s.dataDir = dataDir.toString();
        s.companyMailbox = java.util.Optional.empty();
        s.silenceSeconds = 10;
        return s;
    }

    /** This with {@code PARLEY_COMPANY_MAILBOX} set to {@code number} (tests). */
    public VoicemailSettings withCompanyMailbox(String number) {
        VoicemailSettings s = of(maxSeconds, extensionBoxesOnByDefault(), Path.of(dataDir));
        s.silenceSeconds = silenceSeconds;
        s.companyMailbox = java.util.Optional.of(number);
        return s;
    }

    /**
     * The company voicemail ({@code PARLEY_COMPANY_MAILBOX}): the box a call refused by a "press 1 to accept" device
     * goes to; empty when not set (the forwarding extension's own box takes it).
     */
    public java.util.Optional<String> companyMailbox() {
        return companyMailbox.map(String::strip).filter(n -> !n.isEmpty());
    }

    /** The longest message recorded; then Parley hangs up. */
    public Duration maxLength() {
        return Duration.ofSeconds(Math.max(1, maxSeconds));
    }

    /**
     * The silence that ends a message (Asterisk's {@code maxsilence}), its trailing silence trimmed; zero: silence
     * does not end messages.
     */
    public Duration endOnSilence() {
        return Duration.ofSeconds(Math.max(0, silenceSeconds));
    }

    /** Whether an extension's box takes messages while nobody switched it (REST, console) on or off. */
    public boolean extensionBoxesOnByDefault() {
        return !"off".equalsIgnoreCase(extensions.strip());
    }

    /** Where recordings wait until their message is stored: {@code PARLEY_DATA_DIR/voicemail/spool}. */
    public Path spool() {
        return Path.of(dataDir, "voicemail", "spool");
    }
}
