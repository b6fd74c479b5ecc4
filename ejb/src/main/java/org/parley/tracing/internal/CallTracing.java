package org.parley.tracing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.security.UserService;
import org.parley.security.UserView;
import org.parley.tracing.CaseFile;
import org.parley.tracing.CaseRepository;
import org.parley.tracing.Communication;
import org.parley.tracing.CommunicationDirection;
import org.parley.tracing.CommunicationInput;
import org.parley.tracing.CommunicationRepository;
import org.parley.tracing.PartyInput;
import org.parley.tracing.TracedCall;

/**
 * Turns a finished call into a call communication "to be filed" when its caller (an incoming call) or else its callee
 * (an outgoing call) is a known contact or company. The inside party is the user linked to the extension that
 * answered or called, or its bare number; that user owns it. The contact's single open case is suggested.
 */
@ApplicationScoped
@Transactional
public class CallTracing {

    private static final Logger LOG = Logger.getLogger(CallTracing.class.getName());

    @Inject
    KnownParties known;

    @Inject
    CommunicationRepository communications;

    @Inject
    CaseRepository cases;

    @Inject
    UserService users;

    @Inject
    Clock clock;

    public void traceAll(List<TracedCall> calls) {
        calls.forEach(this::trace);
    }

    void trace(TracedCall call) {
        if (communications.existsForCall(call.callId())) {
            return;
        }
        Optional<KnownParties.Match> caller = known.of(call.callerNumber());
        Optional<KnownParties.Match> callee = caller.isPresent() ? Optional.empty() : known.of(call.calleeNumber());
        if (caller.isEmpty() && callee.isEmpty()) {
            return;
        }
        boolean incoming = caller.isPresent();
        KnownParties.Match outside = incoming ? caller.get() : callee.get();
        String insideNumber = incoming ? call.answeredBy().orElse(call.calleeNumber()) : call.callerNumber();
        Optional<UserView> user = users.findByExtension(insideNumber);
        PartyInput inside = user.map(u -> PartyInput.user(u.username())).orElseGet(() -> PartyInput.number(insideNumber));

        CommunicationInput in = new CommunicationInput();
        in.setDirection((incoming ? CommunicationDirection.INCOMING : CommunicationDirection.OUTGOING).name());
        in.setSender(incoming ? outside.party() : inside);
        in.setRecipient(incoming ? inside : outside.party());
        in.setSubject((incoming ? "Call from " : "Call to ") + outside.name()
                + (call.answered() ? "" : " (not answered)"));
        if (incoming) {
            in.setProcessed(false);
        } else {
            in.setReached(call.answered());
        }
        in.setStartedAt(call.startedAt());
        in.setDurationSeconds(call.durationSeconds());

        Communication c = Communication.ofCall(call.callId(), user.map(UserView::username), clock.instant());
        c.change(in);
        List<CaseFile> open = cases.openCasesOf(outside.contact(), outside.company());
        if (open.size() == 1) {
            c.suggest(open.get(0).id());
        }
        communications.add(c);
        LOG.log(Level.INFO, "Call {0} traced as communication {1}: {2}, to be filed",
                new Object[] {call.callId(), c.id(), in.getSubject()});
    }
}
