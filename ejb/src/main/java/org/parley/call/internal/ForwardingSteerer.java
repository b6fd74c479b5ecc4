package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.Call;
import org.parley.call.CallForwarding;
import org.parley.call.CallHop;
import org.parley.call.CallSteerer;
import org.parley.call.CallView;
import org.parley.call.CallVoicemail;
import org.parley.call.Party;
import org.parley.call.Disposition;
import org.parley.call.ForwardStep;

/**
 * Steers the calls of an extension with a busy, no-answer or unavailable rule once its devices have rung: they ring at
 * once like any call, and when they are busy, do not answer within the ring time or cannot be reached, the rule
 * forwards the call ({@link CallForwarding#afterRinging}) instead of ending it.
 */
@ApplicationScoped
public class ForwardingSteerer implements CallSteerer {

    private static final Logger LOG = Logger.getLogger(ForwardingSteerer.class.getName());

    @Inject
    CallForwarding forwarding;

    @Inject
    CallRegistry registry;

    @Inject
    SteeringOperations steering;

    @Inject
    Clock clock;

    @Inject
    CallVoicemail voicemail;

    /** Watches a call (under its lock) whose devices ring now: {@code extension}'s rules decide if they fail. */
    void watch(Call call, String extension) {
        registry.steer(call.id(), this);
        registry.forwardAfterRinging(call.id(), extension);
        call.steer();
    }

    /**
     * Watches a transfer under way (under the call's lock) whose target's devices ring now: {@code extension}'s busy
     * and no-answer rules decide if they fail, counting loops and depth on {@code history} (the transfer's forwards).
     */
    void watchTransfer(Call call, String extension, List<CallHop> history) {
        registry.steer(call.id(), this);
        registry.forwardAfterRinging(call.id(), extension, history);
        call.transfer().steer();
    }

    /** Stops watching a call (under its lock). */
    void release(Call call) {
        registry.unsteer(call.id());
        registry.forgetForwardAfterRinging(call.id());
        call.unsteer();
    }

    @Override
    public void started(CallView call) {
        throw new IllegalStateException("call " + call.id() + ": forwarding rings a call at once, it never waits");
    }

    @Override
    public void exhausted(CallView call, Disposition outcome, int status) {
        Optional<String> extension = registry.forwardsAfterRinging(call.id());
        List<CallHop> history = registry.forwardHistory(call.id()).orElse(call.hops());
        ForwardStep step = extension.map(e -> forwarding.afterRinging(e, outcome, call.callee(), history,
                clock.instant())).orElseGet(ForwardStep.Stay::new);
        if (step instanceof ForwardStep.Forward forward) {
            LOG.info(() -> "Call " + call.id() + ": " + forward.hop().reason() + " forward of "
                    + forward.hop().from().number() + " to " + forward.hop().to().number());
            steering.forward(call.id(), forward.hop(), forward.presentedAs(), forward.confirmByKey()
                    ? Optional.of(forward.hop().from().number()) : Optional.empty());
        } else if (step instanceof ForwardStep.Refused refused) {
            LOG.log(Level.INFO, "Call {0}: forward refused ({1}); the caller gets 403",
                    new Object[] {call.id(), refused.reason()});
            steering.giveUp(call.id(), 403);
        } else if (extension.filter(e -> toMailbox(call, e, outcome)).isEmpty()) {
            steering.giveUp(call.id(), callerStatus(outcome, status));
        }
    }

    /** No rule forwards the call: the extension's mailbox takes it, if it has one that is on. */
    private boolean toMailbox(CallView call, String extension, Disposition outcome) {
        return voicemail.takesMessages(extension) && steering.toMailbox(call.id(), new CallHop(CallHop.Type.VOICEMAIL,
                Party.of(extension), new Party(extension, "Voicemail"), reasonOf(outcome), clock.instant()));
    }

    /** Why the call went to voicemail, in the words forwards use. */
    private static String reasonOf(Disposition outcome) {
        if (outcome == Disposition.BUSY) {
            return "busy";
        }
        return outcome == Disposition.NO_ANSWER ? "no-answer" : "unavailable";
    }

    /** What the caller hears when nothing forwards the call: as for a call without forwarding. */
    private static int callerStatus(Disposition outcome, int status) {
        if (outcome == Disposition.BUSY) {
            return 486;
        }
        if (outcome == Disposition.NO_ANSWER || status < 400 || status >= 700 || status == 401 || status == 407
                || status == 487) {
            return 480;
        }
        return status;
    }
}
