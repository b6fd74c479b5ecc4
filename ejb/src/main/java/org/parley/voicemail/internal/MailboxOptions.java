package org.parley.voicemail.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.CallMedia;
import org.parley.media.Prompts;
import org.parley.voicemail.MailboxInput;
import org.parley.voicemail.MailboxService;
import org.parley.voicemail.MenuStage;
import org.parley.voicemail.VoicemailSettings;

/**
 * The mailbox options of the phone menu ({@code 0}, as Asterisk's {@code VoiceMailMain}): {@code 1} records the
 * greeting after the tone until {@code #} or silence, stores it, plays it back; {@code 5} takes a new PIN of 4 to 10
 * digits twice, each ended by {@code #}, and stores it hashed. Storing (a database write, PBKDF2) runs on a managed
 * executor, never on the call's event lane; the menu goes on when it is done.
 */
@ApplicationScoped
class MailboxOptions {

    private static final Logger LOG = Logger.getLogger(MailboxOptions.class.getName());

    @Inject
    CallMedia media;

    @Inject
    MailboxService mailboxes;

    @Inject
    VoicemailSettings settings;

    @Resource
    ManagedExecutorService executor;

    /** {@code 0}: the options' choices. */
    void open(ListeningSession s) {
        if (s.move(MenuStage.Trigger.OPTIONS)) {
            media.play(s.endpointId, List.of(Prompts.MAILBOX_OPTIONS), false);
        }
    }

    /** A key in the options (not {@code #} outside an entry: the menu says goodbye). */
    void pressed(ListeningSession s, char digit) {
        switch (s.stage()) {
            case OPTIONS -> chosen(s, digit);
            case GREETING_RECORDING -> {
                if (digit == '#') {
                    recorded(s, "#");
                }
            }
            case NEW_PIN, CONFIRM_PIN -> s.key(digit).ifPresent(pin -> pinTyped(s, pin));
            default -> LOG.log(Level.FINE, "Key {0} ignored in stage {1}", new Object[] {digit, s.stage()});
        }
    }

    private void chosen(ListeningSession s, char digit) {
        if (digit == '1' && s.move(MenuStage.Trigger.RECORD_GREETING)) {
            media.play(s.endpointId, List.of(Prompts.RECORD_GREETING, Prompts.TONE), false);
        } else if (digit == '5' && s.move(MenuStage.Trigger.CHANGE_PIN)) {
            s.firstPin("");
            media.play(s.endpointId, List.of(Prompts.ENTER_NEW_PIN), false);
        }
    }

    /** A playback ended: after the greeting's prompt and tone, recording starts. */
    void playbackFinished(ListeningSession s) {
        if (s.stage() != MenuStage.GREETING_PROMPT || !s.move(MenuStage.Trigger.TONE_PLAYED)) {
            return;
        }
        Path file = settings.spool().resolveSibling("greetings").resolve(UUID.randomUUID() + ".wav");
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file.getParent(), e);
        }
        s.greeting(file);
        media.record(s.endpointId, file, settings.endOnSilence());
        LOG.log(Level.INFO, "Mailbox {0}: recording its greeting", s.mailbox);
    }

    /** Silence while recording the greeting ends it as {@code #} does. */
    void silence(ListeningSession s) {
        if (s.stage() == MenuStage.GREETING_RECORDING) {
            recorded(s, "silence");
        }
    }

    private void recorded(ListeningSession s, String why) {
        s.move(MenuStage.Trigger.RECORDED);
        media.stopRecording(s.endpointId);
        Path file = s.greeting().orElseThrow();
        LOG.log(Level.FINE, "Mailbox {0}: greeting ended by {1}", new Object[] {s.mailbox, why});
        CompletableFuture.runAsync(() -> {
            try {
                mailboxes.saveGreeting(s.mailbox, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, executor).whenComplete((done, failure) -> {
            discard(file);
            synchronized (s) {
                if (!s.move(MenuStage.Trigger.DONE)) {
                    return;
                }
                if (failure == null) {
                    media.play(s.endpointId, List.of(GreetingDirectory.soundName(s.mailbox),
                            Prompts.GREETING_SAVED, Prompts.MAILBOX_OPTIONS), false);
                } else {
                    LOG.log(Level.WARNING, "Mailbox {0}: greeting not stored: {1}", new Object[] {s.mailbox,
                            failure.getMessage()});
                    media.play(s.endpointId, List.of(Prompts.MAILBOX_OPTIONS), false);
                }
            }
        });
    }

    private void pinTyped(ListeningSession s, String pin) {
        if (!DefaultMailboxService.PIN.matcher(pin).matches()) {
            s.move(MenuStage.Trigger.RETRY);
            media.play(s.endpointId, List.of(Prompts.PIN_INVALID, Prompts.ENTER_NEW_PIN), false);
        } else if (s.stage() == MenuStage.NEW_PIN) {
            s.move(MenuStage.Trigger.PIN_TYPED);
            s.firstPin(pin);
            media.play(s.endpointId, List.of(Prompts.REENTER_NEW_PIN), false);
        } else if (!pin.equals(s.firstPin())) {
            s.move(MenuStage.Trigger.RETRY);
            s.firstPin("");
            media.play(s.endpointId, List.of(Prompts.PINS_DIFFER, Prompts.ENTER_NEW_PIN), false);
        } else {
            s.move(MenuStage.Trigger.PIN_TYPED);
            s.firstPin("");
            MailboxInput input = new MailboxInput();
            input.pin = pin;
            CompletableFuture.runAsync(() -> mailboxes.update(s.mailbox, input), executor)
                    .whenComplete((done, failure) -> pinStored(s, failure));
        }
    }

    private void pinStored(ListeningSession s, Throwable failure) {
        synchronized (s) {
            if (!s.move(MenuStage.Trigger.DONE)) {
                return;
            }
            if (failure == null) {
                LOG.log(Level.INFO, "Mailbox {0}: PIN changed by phone", s.mailbox);
                media.play(s.endpointId, List.of(Prompts.PIN_CHANGED, Prompts.MAILBOX_OPTIONS), false);
            } else {
                LOG.log(Level.WARNING, "Mailbox {0}: PIN not changed: {1}", new Object[] {s.mailbox,
                        failure.getMessage()});
                media.play(s.endpointId, List.of(Prompts.MAILBOX_OPTIONS), false);
            }
        }
    }

    /** The call ended: a greeting being recorded is dropped. */
    void ended(ListeningSession s) {
        if (s.stage() == MenuStage.GREETING_RECORDING) {
            s.greeting().ifPresent(this::discard);
        }
    }

    private void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Greeting recording {0} not removed: {1}", new Object[] {file, e.getMessage()});
        }
    }
}
