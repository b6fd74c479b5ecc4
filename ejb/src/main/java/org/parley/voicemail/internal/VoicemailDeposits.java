package org.parley.voicemail.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.CallEvent;
import org.parley.call.CallMedia;
import org.parley.call.CallService;
import org.parley.call.CallVoicemail;
import org.parley.media.Prompts;
import org.parley.sipconnector.MediaEvent;
import org.parley.voicemail.BoxSettings;
import org.parley.voicemail.DepositStage;
import org.parley.voicemail.MailboxKind;
import org.parley.voicemail.VoicemailSettings;

/**
 * Callers leaving messages (Asterisk's {@code VoiceMail(b|u)}): the greeting (the one its owner recorded, else "the
 * person at extension 2002 is not available", or the shared box's "please leave a message"), a tone, then the recording until the caller hangs up,
 * presses {@code #}, stays silent for {@code PARLEY_VOICEMAIL_SILENCE_SECONDS} or reaches the maximum length. When the call is over the recording is stored as a message
 * ({@link MessageStore}), off the call's path.
 */
@ApplicationScoped
public class VoicemailDeposits implements CallVoicemail {

    private static final Logger LOG = Logger.getLogger(VoicemailDeposits.class.getName());

    @Inject
    MailboxDirectory boxes;

    @Inject
    CallMedia media;

    @Inject
    CallService calls;

    @Inject
    VoicemailSpool spool;

    @Inject
    MessageStore store;

    @Inject
    VoicemailSettings settings;

    @Inject
    Clock clock;

    @Inject
    GreetingDirectory greetings;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    /** Deposits under way by call id. */
    private final Map<String, MessageDeposit> deposits = new ConcurrentHashMap<>();

    @Override
    public boolean takesMessages(String extension) {
        return boxes.takingMessages(extension).isPresent();
    }

    @Override
    public java.util.Optional<String> mailboxAfterRefusal(String extension) {
        return settings.companyMailbox().filter(n -> boxes.takingMessages(n).isPresent())
                .or(() -> boxes.takingMessages(extension).map(BoxSettings::number));
    }

    @Override
    public void leaveMessage(CallVoicemail.Deposit call) {
        MessageDeposit deposit = new MessageDeposit(call, UUID.randomUUID().toString());
        deposits.put(call.callId(), deposit);
        media.play(call.endpointId(), greeting(call.mailbox()), false);
    }

    /** What the caller hears before the tone: the box's recorded greeting, else the prompts. */
    List<String> greeting(String mailbox) {
        if (greetings.has(mailbox)) {
            return List.of(GreetingDirectory.soundName(mailbox), Prompts.TONE);
        }
        List<String> prompts = new ArrayList<>();
        boolean extension = boxes.box(mailbox).map(BoxSettings::kind).orElse(MailboxKind.EXTENSION)
                == MailboxKind.EXTENSION;
        if (extension) {
            prompts.add(Prompts.PERSON_AT_EXTENSION);
            prompts.addAll(Prompts.digits(mailbox));
            prompts.add(Prompts.IS_NOT_AVAILABLE);
        }
        prompts.add(Prompts.LEAVE_MESSAGE_AFTER_TONE);
        prompts.add(Prompts.TONE);
        return prompts;
    }

    void onPlaybackFinished(@Observes MediaEvent.PlaybackFinished finished) {
        deposits.values().stream().filter(d -> d.call().endpointId().equals(finished.endpointId())).findFirst()
                .filter(d -> !finished.stopped() && d.move(DepositStage.Trigger.GREETING_PLAYED))
                .ifPresent(this::startRecording);
    }

    private void startRecording(MessageDeposit d) {
        CallVoicemail.Deposit call = d.call();
        media.record(call.endpointId(), spool.open(new VoicemailSpool.Spooled(d.messageId(), call.mailbox(),
                call.caller().number(), call.caller().displayName(), clock.instant())), settings.endOnSilence());
        LOG.log(Level.INFO, "Call {0}: recording a message for mailbox {1}", new Object[] {call.callId(),
                call.mailbox()});
        scheduler.schedule(() -> finish(d, "the maximum length"), settings.maxLength().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void onKey(@Observes MediaEvent.DtmfReceived key) {
        if (key.digit() != '#') {
            return;
        }
        deposits.values().stream().filter(d -> d.call().legId().equals(key.legId())).findFirst()
                .ifPresent(d -> finish(d, "#"));
    }

    void onSilence(@Observes MediaEvent.SilenceDetected silence) {
        deposits.values().stream().filter(d -> d.call().endpointId().equals(silence.endpointId())).findFirst()
                .ifPresent(d -> finish(d, "silence"));
    }

    /** The caller pressed {@code #}, stayed silent or the maximum length passed: Parley hangs up, which stores the message. */
    private void finish(MessageDeposit d, String why) {
        if (d.move(DepositStage.Trigger.FINISH)) {
            LOG.log(Level.INFO, "Call {0}: message for mailbox {1} ended by {2}",
                    new Object[] {d.call().callId(), d.call().mailbox(), why});
            calls.hangup(d.call().callId());
        }
    }

    void onCall(@Observes CallEvent event) {
        if (event.type() != CallEvent.Type.ENDED) {
            return;
        }
        MessageDeposit d = deposits.remove(event.call().id());
        if (d == null) {
            return;
        }
        boolean recorded = d.end() != DepositStage.GREETING;
        String endpoint = d.call().endpointId();
        if (recorded) {
            media.stopRecording(endpoint);
        }
        media.close(endpoint);
        if (recorded) {
            executor.execute(() -> store.storeSpooled(d.messageId()));
        } else {
            LOG.log(Level.INFO, "Call {0}: the caller hung up during the greeting of mailbox {1}; no message",
                    new Object[] {event.call().id(), d.call().mailbox()});
        }
    }
}
