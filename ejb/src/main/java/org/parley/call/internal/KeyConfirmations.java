package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.Call;
import org.parley.call.CallAction;
import org.parley.call.CallEvent;
import org.parley.call.CallHop;
import org.parley.call.CallLeg;
import org.parley.call.CallMedia;
import org.parley.call.CallVoicemail;
import org.parley.call.CallerLeg;
import org.parley.call.ConfirmStage;
import org.parley.call.Party;
import org.parley.call.SessionDescription;
import org.parley.media.Prompts;
import org.parley.sipconnector.MediaEvent;

/**
 * "Press 1 to accept" with Parley's media ({@link ConfirmStage}; the decisions are the call's
 * {@link org.parley.call.ConfirmingLegs}): a leg to confirm is offered an endpoint of the engine instead of the
 * caller's SDP; when it answers, the engine plays it the prompt while the caller still hears ringing; its key presses,
 * its silence ({@link ConfirmStage#SILENCE_SECONDS} after the prompt) and its hang-up move its confirmation. On
 * {@code 1} the caller is answered from an endpoint of its own and the engine relays the two for the rest of the call
 * (it stays anchored); otherwise the caller goes to the company voicemail ({@link CallVoicemail#mailboxAfterRefusal}),
 * or gets 480 when there is no box. Every endpoint is closed when the call ends.
 */
@ApplicationScoped
public class KeyConfirmations {

    private static final Logger LOG = Logger.getLogger(KeyConfirmations.class.getName());
    /** How long the prompt may play, should its end never be reported; then the silence counts from there. */
    private static final Duration PROMPT_LIMIT = Duration.ofSeconds(30);

    @Inject
    CallMedia media;

    @Inject
    CallEngine engine;

    @Inject
    CallRegistry registry;

    @Inject
    RingTimers timers;

    @Inject
    CallVoicemail voicemail;

    @Inject
    ForwardingSteerer forwardingSteerer;

    @Inject
    FeatureCodeAnnouncer announcer;

    /**
     * A leg to confirm, by leg id.
     *
     * @param callId     its call
     * @param endpointId the engine endpoint offered to it
     * @param confirmFor the extension whose forward or extra device asks for the key
     */
    private record Pending(String callId, String endpointId, String confirmFor) {
    }

    private final Map<String, Pending> legs = new ConcurrentHashMap<>();
    /** The caller's endpoint, by call, once a device accepted. */
    private final Map<String, String> callers = new ConcurrentHashMap<>();

    /**
     * The offer for a leg to confirm, about to be dialled (under the call's lock): an endpoint of the engine, so that
     * Parley can prompt the device when it answers.
     */
    SessionDescription offerFor(String callId, String legId, String confirmFor) {
        CallMedia.Offered offered = media.offer(legId);
        legs.put(legId, new Pending(callId, offered.endpointId(), confirmFor));
        return offered.offer();
    }

    /** Whether {@code action} is one of press 1 to accept's. */
    static boolean handles(CallAction action) {
        return action instanceof CallAction.PromptForKey || action instanceof CallAction.ConfirmAccepted
                || action instanceof CallAction.ConfirmRefused;
    }

    /** Carries out a press-1 action of {@code call}, under its lock; returns the signalling it leads to. */
    List<CallAction> carryOut(Call call, CallAction action, Instant now, CallEngine.Aftermath aftermath) {
        if (action instanceof CallAction.PromptForKey p) {
            return prompt(call, p);
        }
        if (action instanceof CallAction.ConfirmAccepted a) {
            return accepted(call, a.legId(), now);
        }
        return refused(call, (CallAction.ConfirmRefused) action, now, aftermath);
    }

    private List<CallAction> prompt(Call call, CallAction.PromptForKey p) {
        Pending pending = legs.get(p.legId());
        if (pending == null) {
            return List.of(new CallAction.Hangup(p.legId()));
        }
        media.accept(pending.endpointId(), p.answer());
        // the prompted device decides from now on: the other devices ring on, but no ring time cuts the prompt short
        timers.cancel(call.id());
        media.play(pending.endpointId(), Prompts.PRESS_1_TO_ACCEPT);
        timers.start(p.legId(), PROMPT_LIMIT, this::silence);
        LOG.log(Level.INFO, "Call {0}: {1} answered; asked to press 1 to accept the call",
                new Object[] {call.id(), device(call, p.legId())});
        return List.of();
    }

    private List<CallAction> accepted(Call call, String legId, Instant now) {
        Pending pending = legs.get(legId);
        timers.cancel(legId);
        Optional<CallMedia.Answered> caller = pending == null ? Optional.empty() : answerCaller(call);
        if (caller.isEmpty()) {
            List<CallAction> actions = new ArrayList<>(call.confirmations().nobodyAccepted(now));
            actions.add(new CallAction.Hangup(legId));
            return actions;
        }
        callers.put(call.id(), caller.get().endpointId());
        List<CallAction> actions = call.confirmations().connect(legId, caller.get().answer(), now);
        media.stop(pending.endpointId());
        media.connect(caller.get().endpointId(), pending.endpointId());
        closeOthers(call.id(), legId);
        LOG.log(Level.INFO, "Call {0}: {1} pressed 1 and is connected with the caller through Parley''s media",
                new Object[] {call.id(), device(call, legId)});
        return actions;
    }

    private List<CallAction> refused(Call call, CallAction.ConfirmRefused r, Instant now,
            CallEngine.Aftermath aftermath) {
        Pending pending = legs.remove(r.legId());
        timers.cancel(r.legId());
        if (pending != null) {
            media.close(pending.endpointId());
        }
        String by = pending == null ? call.callee().number() : pending.confirmFor();
        Optional<String> box = voicemail.mailboxAfterRefusal(by);
        Optional<CallMedia.Answered> caller = box.isPresent() ? answerCaller(call) : Optional.empty();
        if (caller.isEmpty()) {
            LOG.log(Level.INFO, "Call {0}: {1} did not accept the call ({2}) and no mailbox takes it: the caller "
                    + "gets 480", new Object[] {call.id(), device(call, r.legId()), reason(r.why())});
            return call.confirmations().nobodyAccepted(now);
        }
        if (call.isSteered()) {
            forwardingSteerer.release(call);
        }
        CallHop hop = new CallHop(CallHop.Type.VOICEMAIL, Party.of(by), new Party(box.get(), "Voicemail"),
                reason(r.why()), now);
        List<CallAction> actions = call.answerLocally(caller.get().answer(), now);
        if (actions.isEmpty()) {
            media.close(caller.get().endpointId());
            return actions;
        }
        call.recordHop(hop);
        CallerLeg callerLeg = registry.caller(call.id()).orElseThrow();
        CallVoicemail.Deposit deposit = new CallVoicemail.Deposit(call.id(), callerLeg.legId(),
                caller.get().endpointId(), box.get(), call.caller());
        aftermath.add(() -> voicemail.leaveMessage(deposit));
        LOG.log(Level.INFO, "Call {0}: {1} did not accept the call ({2}); the caller goes to mailbox {3}",
                new Object[] {call.id(), device(call, r.legId()), reason(r.why()), box.get()});
        return actions;
    }

    /** The caller's offer answered by an endpoint of the engine; empty when the engine cannot take it. */
    private Optional<CallMedia.Answered> answerCaller(Call call) {
        Optional<CallerLeg> caller = registry.caller(call.id());
        if (caller.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(announcer.open(call.id(), caller.get(), registry.callerOffer(call.id())));
        } catch (CallMedia.Refused | CallMedia.Unavailable e) {
            LOG.log(Level.WARNING, "Call {0}: the caller cannot be answered by Parley''s media: {1}",
                    new Object[] {call.id(), e.getMessage()});
            return Optional.empty();
        }
    }

    /** Why the call went to voicemail, as the record's hop says it. */
    private static String reason(ConfirmStage.Trigger why) {
        return switch (why) {
            case SILENCE -> "no-key";
            case DEVICE_HUNG_UP -> "hung-up";
            default -> "refused";
        };
    }

    private static String device(Call call, String legId) {
        return call.legs().stream().filter(l -> l.id().equals(legId)).findFirst().map(CallLeg::device)
                .orElse(legId);
    }

    /** The other legs of the call that were to confirm: their endpoints are no longer needed. */
    private void closeOthers(String callId, String keptLeg) {
        legs.entrySet().removeIf(e -> {
            if (e.getValue().callId().equals(callId) && !e.getKey().equals(keptLeg)) {
                timers.cancel(e.getKey());
                media.close(e.getValue().endpointId());
                return true;
            }
            return false;
        });
    }

    /** No key within the silence after the prompt (or the prompt never reported its end). */
    private void silence(String legId) {
        decide(legId, ConfirmStage.Trigger.SILENCE);
    }

    private void decide(String legId, ConfirmStage.Trigger trigger) {
        registry.byLeg(legId).ifPresent(call -> engine.decide(call,
                (c, now) -> c.confirmations().confirm(legId, trigger, now)));
    }

    void onKey(@Observes MediaEvent.DtmfReceived key) {
        if (legs.containsKey(key.legId())) {
            decide(key.legId(), ConfirmStage.Trigger.ofKey(key.digit()));
        }
    }

    void onPlaybackFinished(@Observes MediaEvent.PlaybackFinished finished) {
        Pending pending = legs.get(finished.legId());
        if (pending != null && pending.endpointId().equals(finished.endpointId()) && !finished.stopped()) {
            timers.start(finished.legId(), Duration.ofSeconds(ConfirmStage.SILENCE_SECONDS), this::silence);
        }
    }

    void onCall(@Observes CallEvent event) {
        if (event.type() != CallEvent.Type.ENDED) {
            return;
        }
        String callId = event.call().id();
        legs.entrySet().removeIf(e -> {
            if (e.getValue().callId().equals(callId)) {
                timers.cancel(e.getKey());
                media.close(e.getValue().endpointId());
                return true;
            }
            return false;
        });
        Optional.ofNullable(callers.remove(callId)).ifPresent(media::close);
    }
}
