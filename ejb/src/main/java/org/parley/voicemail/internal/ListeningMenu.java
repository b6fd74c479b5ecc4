package org.parley.voicemail.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.CallEvent;
import org.parley.call.CallMedia;
import org.parley.call.CallService;
import org.parley.call.CallSteerer;
import org.parley.call.CallSteererLocator;
import org.parley.call.CallSteering;
import org.parley.call.CallView;
import org.parley.call.Disposition;
import org.parley.call.Party;
import org.parley.media.Prompts;
import org.parley.media.SoundFiles;
import org.parley.security.LoginThrottle;
import org.parley.security.ThrottleRefusal;
import org.parley.sipconnector.MediaEvent;
import org.parley.voicemail.MailboxService;
import org.parley.voicemail.MailboxView;
import org.parley.voicemail.MenuStage;
import org.parley.voicemail.MessageView;
import org.parley.voicemail.SignInStage;

/**
 * Listening by phone (Asterisk's {@code VoiceMailMain}): an extension dials {@code *97}; Parley answers with "you have
 * N new messages, press 1 to listen"; {@code 1} plays the first message (new ones first, oldest first), after which
 * {@code 1} repeats it, {@code 2} deletes it, {@code 3} saves it (heard) and each of them moves to the next; a message
 * played to its end is heard; {@code 6} moves to the next one as it is; {@code 0} opens the mailbox options (record
 * the greeting, change the PIN: {@link MailboxOptions}); {@code #} or the last message says goodbye and hangs up.
 * {@code *98} (any box) first asks the box's number and its PIN, each ended by {@code #} ({@link BoxSignIn}); the PIN
 * is checked (PBKDF2) on a managed executor, not on the call's event lane; three wrong PINs, or a caller the sign-in
 * throttle refuses, hear goodbye.
 */
@ApplicationScoped
public class ListeningMenu implements CallSteerer, CallSteererLocator {

    /** The code of one's own box. */
    public static final String OWN_BOX = "*97";
    /** The code of any box, opened with its PIN. */
    public static final String ANY_BOX = "*98";

    private static final Logger LOG = Logger.getLogger(ListeningMenu.class.getName());
    private static final int LONGEST_MESSAGE_SECONDS = 3600;

    @Inject
    CallSteering steering;

    @Inject
    CallMedia media;

    @Inject
    CallService calls;

    @Inject
    MailboxService mailboxes;

    @Inject
    LoginThrottle throttle;

    @Inject
    MailboxOptions options;

    @Resource
    ManagedExecutorService executor;

    private final Map<String, ListeningSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, BoxSignIn> signIns = new ConcurrentHashMap<>();

    @Override
    public Optional<Steering> forNumber(String dialled) {
        return OWN_BOX.equals(dialled) || ANY_BOX.equals(dialled)
                ? Optional.of(new Steering(this, new Party(dialled, "Voicemail")))
                : Optional.empty();
    }

    @Override
    public void started(CallView call) {
        if (ANY_BOX.equals(call.callee().number())) {
            steering.takeOver(call.id()).ifPresent(taken -> {
                signIns.put(call.id(), new BoxSignIn(call.id(), taken.legId(), taken.endpointId(),
                        call.caller().number()));
                media.play(taken.endpointId(), List.of(Prompts.ENTER_MAILBOX), false);
            });
            return;
        }
        String box = call.caller().number();
        Optional<MailboxView> mailbox = mailboxes.belongsTo(box, box) ? Optional.of(mailboxes.get(box))
                : Optional.empty();
        if (mailbox.isEmpty()) {
            LOG.log(Level.INFO, "{0} dialled {1} but has no mailbox", new Object[] {box, OWN_BOX});
            steering.confirm(call.id(), Prompts.INVALID_CODE);
            return;
        }
        steering.takeOver(call.id()).ifPresent(taken -> open(call.id(), taken.legId(), taken.endpointId(),
                mailbox.get(), box));
    }

    /** The menu of a box, from its summary. */
    private void open(String callId, String legId, String endpointId, MailboxView mailbox, String caller) {
        List<MessageView> messages = new ArrayList<>(mailboxes.messages(mailbox.number()));
        messages.sort(Comparator.comparing(MessageView::heard).thenComparing(MessageView::receivedAt));
        sessions.put(callId, new ListeningSession(callId, legId, endpointId, mailbox.number(), messages));
        LOG.log(Level.INFO, "{0} listens to mailbox {1}: {2} new, {3} old",
                new Object[] {caller, mailbox.number(), mailbox.newMessages(), mailbox.oldMessages()});
        media.play(endpointId, summary(mailbox.newMessages(), mailbox.oldMessages()), false);
    }

    /**
     * "You have N new messages and M old messages" (Asterisk's counts; "no new messages" when none is new), and
     * "press 1 to listen" when there is something to hear, then "press 0 for mailbox options".
     */
    static List<String> summary(int fresh, int old) {
        List<String> prompts = new ArrayList<>();
        if (fresh == 0) {
            prompts.add(Prompts.NO_NEW_MESSAGES);
        } else {
            prompts.add(Prompts.YOU_HAVE);
            prompts.addAll(Prompts.number(fresh));
            prompts.add(fresh == 1 ? Prompts.NEW_MESSAGE : Prompts.NEW_MESSAGES);
        }
        if (old > 0) {
            prompts.add(fresh == 0 ? Prompts.YOU_HAVE : Prompts.AND);
            prompts.addAll(Prompts.number(old));
            prompts.add(old == 1 ? Prompts.OLD_MESSAGE : Prompts.OLD_MESSAGES);
        }
        if (fresh + old > 0) {
            prompts.add(Prompts.PRESS_1_TO_LISTEN);
        }
        prompts.add(Prompts.PRESS_0_FOR_OPTIONS);
        return prompts;
    }

    @Override
    public void exhausted(CallView call, Disposition outcome, int status) {
        // nothing rings for the menu
    }

    void onKey(@Observes MediaEvent.DtmfReceived key) {
        Optional<BoxSignIn> signIn = signIns.values().stream().filter(s -> s.legId.equals(key.legId())).findFirst();
        if (signIn.isPresent()) {
            typed(signIn.get(), key.digit());
            return;
        }
        sessions.values().stream().filter(s -> s.legId.equals(key.legId())).findFirst()
                .ifPresent(s -> pressed(s, key.digit()));
    }

    private void pressed(ListeningSession s, char digit) {
        synchronized (s) {
            MenuStage stage = s.stage();
            if (stage != MenuStage.SUMMARY && stage != MenuStage.MESSAGE
                    && (stage != MenuStage.OPTIONS || digit != '#')) {
                options.pressed(s, digit);
            } else if (digit == '#') {
                goodbye(s);
            } else if (digit == '0') {
                options.open(s);
            } else if (digit == '1' && s.currentMessage().isPresent() && s.move(MenuStage.Trigger.PLAY)) {
                play(s, s.currentMessage().get());
            } else if ((digit == '2' || digit == '3' || digit == '6') && stage == MenuStage.MESSAGE) {
                MessageView m = s.currentMessage().orElseThrow();
                if (digit == '2') {
                    mailboxes.deleteMessage(s.mailbox, m.id());
                } else if (digit == '3') {
                    mailboxes.markHeard(s.mailbox, m.id(), true);
                }
                Optional<MessageView> next = s.next();
                if (next.isPresent()) {
                    s.move(MenuStage.Trigger.PLAY);
                    play(s, next.get());
                } else {
                    goodbye(s);
                }
            }
        }
    }

    private void typed(BoxSignIn s, char digit) {
        synchronized (s) {
            if (s.stage() == SignInStage.OPENED) {
                Optional.ofNullable(sessions.get(s.callId)).ifPresent(menu -> pressed(menu, digit));
                return;
            }
            Optional<String> entry = s.key(digit);
            if (entry.isEmpty()) {
                return;
            }
            if (s.stage() == SignInStage.BOX_NUMBER) {
                s.boxEntered(entry.get());
                media.play(s.endpointId, List.of(Prompts.ENTER_PIN), false);
            } else if (s.stage() == SignInStage.PIN) {
                checkPin(s, entry.get());
            }
        }
    }

    /**
     * Throttled per box and caller like sign-ins; the PIN is checked on the executor (PBKDF2 is CPU-heavy), and the
     * right PIN opens the menu, a wrong one asks again or ends.
     */
    private void checkPin(BoxSignIn s, String pin) {
        Optional<String> account = Optional.of("mailbox " + s.box());
        String who = "caller " + s.caller;
        Optional<ThrottleRefusal> refused = throttle.check(account, who);
        if (refused.isPresent()) {
            refuse(s, "too many attempts");
            return;
        }
        s.move(SignInStage.Trigger.PIN_TYPED);
        CompletableFuture.supplyAsync(() -> mailboxes.pinMatches(s.box(), pin), executor)
                .whenComplete((right, failure) -> {
                    if (failure != null) {
                        LOG.log(Level.WARNING, "PIN of mailbox {0} not checked: {1}", new Object[] {s.box(),
                                failure.getMessage()});
                    }
                    pinChecked(s, account.get(), who, failure == null && right);
                });
    }

    private void pinChecked(BoxSignIn s, String account, String who, boolean right) {
        synchronized (s) {
            if (signIns.get(s.callId) != s) {
                return;
            }
            if (right) {
                throttle.succeeded(account, who);
                s.move(SignInStage.Trigger.PIN_RIGHT);
                open(s.callId, s.legId, s.endpointId, mailboxes.get(s.box()), s.caller);
                ListeningSession opened = sessions.get(s.callId);
                s.takeHeld().chars().forEach(key -> pressed(opened, (char) key));
                signIns.remove(s.callId);
                return;
            }
            throttle.failed(Optional.of(account), who);
            if (s.wrongPin()) {
                LOG.log(Level.INFO, "{0} typed a wrong PIN for mailbox {1}", new Object[] {s.caller, s.box()});
                media.play(s.endpointId, List.of(Prompts.PIN_INCORRECT, Prompts.ENTER_PIN), false);
                s.takeHeld().chars().forEach(key -> typed(s, (char) key));
            } else {
                refuse(s, "three wrong PINs");
            }
        }
    }

    private void refuse(BoxSignIn s, String why) {
        if (s.stage() != SignInStage.REFUSED) {
            s.move(SignInStage.Trigger.REFUSE);
        }
        LOG.log(Level.INFO, "{0} refused mailbox {1}: {2}", new Object[] {s.caller, s.box(), why});
        media.play(s.endpointId, List.of(Prompts.PIN_INCORRECT, Prompts.GOODBYE), false);
    }

    private void play(ListeningSession s, MessageView m) {
        byte[] mulaw = SoundFiles.toMulaw(mailboxes.recording(s.mailbox, m.id()), LONGEST_MESSAGE_SECONDS);
        s.choicesPlayed(false);
        media.playAudio(s.endpointId, "message-" + m.id(), mulaw);
    }

    private void goodbye(ListeningSession s) {
        if (s.move(MenuStage.Trigger.LEAVE)) {
            media.play(s.endpointId, List.of(Prompts.GOODBYE), false);
        }
    }

    void onPlaybackFinished(@Observes MediaEvent.PlaybackFinished finished) {
        if (finished.stopped()) {
            return;
        }
        signIns.values().stream().filter(s -> s.endpointId.equals(finished.endpointId())
                && s.stage() == SignInStage.REFUSED).findFirst().ifPresent(s -> calls.hangup(s.callId));
        sessions.values().stream().filter(s -> s.endpointId.equals(finished.endpointId())).findFirst()
                .ifPresent(this::finishedPlaying);
    }

    /** A message played to its end is heard, then its choices; goodbye's end hangs up. */
    private void finishedPlaying(ListeningSession s) {
        synchronized (s) {
            if (s.stage() == MenuStage.GOODBYE) {
                calls.hangup(s.callId);
            } else if (s.stage() == MenuStage.MESSAGE && !s.choicesPlayed()) {
                s.currentMessage().ifPresent(m -> mailboxes.markHeard(s.mailbox, m.id(), true));
                s.choicesPlayed(true);
                media.play(s.endpointId, List.of(Prompts.PRESS_1_TO_REPEAT, Prompts.PRESS_2_TO_DELETE,
                        Prompts.PRESS_3_TO_SAVE, Prompts.PRESS_6_FOR_NEXT), false);
            } else {
                options.playbackFinished(s);
            }
        }
    }

    void onSilence(@Observes MediaEvent.SilenceDetected silence) {
        sessions.values().stream().filter(s -> s.endpointId.equals(silence.endpointId())).findFirst()
                .ifPresent(s -> {
                    synchronized (s) {
                        options.silence(s);
                    }
                });
    }

    void onCall(@Observes CallEvent event) {
        if (event.type() != CallEvent.Type.ENDED) {
            return;
        }
        BoxSignIn signIn = signIns.remove(event.call().id());
        if (signIn != null) {
            synchronized (signIn) {
                if (signIn.stage() != SignInStage.OPENED) {
                    media.close(signIn.endpointId);
                }
            }
        }
        ListeningSession s = sessions.remove(event.call().id());
        if (s != null) {
            media.close(s.endpointId);
            synchronized (s) {
                options.ended(s);
            }
        }
    }
}
