package org.parley.voicemail.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.CallHop;
import org.parley.call.CallSteerer;
import org.parley.call.CallSteererLocator;
import org.parley.call.CallSteering;
import org.parley.call.CallView;
import org.parley.call.Disposition;
import org.parley.call.Party;
import org.parley.voicemail.BoxSettings;
import org.parley.voicemail.MailboxKind;

/**
 * A shared box's number dialled directly (the company voicemail, a team's box): the caller leaves a message there at
 * once, as after a queue's maximum wait (the hop {@code VOICEMAIL 7000 → 7000 (direct)}); a box switched off answers
 * {@code 480}. Found like the queues' numbers, before the dialplan.
 */
@ApplicationScoped
public class SharedBoxCalls implements CallSteererLocator, CallSteerer {

    /** The hop's reason: the box's own number was dialled. */
    static final String REASON = "direct";
    private static final Logger LOG = Logger.getLogger(SharedBoxCalls.class.getName());
    private static final int UNAVAILABLE = 480;

    @Inject
    MailboxDirectory boxes;

    @Inject
    CallSteering steering;

    @Inject
    Clock clock;

    @Override
    public Optional<Steering> forNumber(String dialled) {
        return boxes.box(dialled).filter(b -> b.kind() == MailboxKind.SHARED)
                .map(b -> new Steering(this, new Party(b.number(), b.name())));
    }

    @Override
    public void started(CallView call) {
        String number = call.callee().number();
        boolean on = boxes.takingMessages(number).map(BoxSettings::kind).filter(k -> k == MailboxKind.SHARED)
                .isPresent();
        if (!on || !steering.toMailbox(call.id(), new CallHop(CallHop.Type.VOICEMAIL, Party.of(number),
                new Party(number, "Voicemail"), REASON, clock.instant()))) {
            LOG.log(Level.INFO, "Call {0} to shared mailbox {1}: {2}", new Object[] {call.id(), number,
                    on ? "could not be answered" : "the box is off"});
            steering.giveUp(call.id(), UNAVAILABLE);
        }
    }

    @Override
    public void exhausted(CallView call, Disposition outcome, int status) {
        // nothing rings for a mailbox
    }
}
