package org.parley.sipconnector.jain;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ServerTransaction;
import javax.sip.header.FromHeader;
import javax.sip.message.Request;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipSendException;
import org.parley.sipconnector.media.sdp.OfferAnswer;
import org.parley.sipconnector.media.sdp.SdpException;
import org.parley.sipconnector.media.sdp.SdpParser;

/**
 * Requests within a leg's dialog, handled inside the connector (DESIGN: the per-message path stays in the adapter).
 * A bridged leg's requests are relayed to its partner's dialog with their answers; an unbridged leg's are answered
 * here. REFER and hold re-INVITEs go to the application.
 *
 * <ul>
 * <li>BYE: 200; the leg ends (REMOTE_HANGUP) and its partner is hung up (LOCAL_HANGUP).</li>
 * <li>re-INVITE, UPDATE: relayed with the body; the answer comes back with its body; the ACK of a relayed 2xx goes on
 *     with its body. One offer at a time per bridge, else 491. Unbridged: 488 (no one to negotiate with). A
 *     re-INVITE that puts the call on hold goes to the application instead (it anchors the media and answers), and so
 *     does every later re-INVITE of either leg until the application bridges the two again.</li>
 * <li>INFO and any other method: relayed with its answer. Unbridged: 200 for INFO and OPTIONS, 405 otherwise. An
 *     INFO carrying a key press ({@code application/dtmf-relay}, {@code application/dtmf}) is also reported as
 *     {@code DtmfReceived}.</li>
 * <li>REFER: to the application, with the leg's id. PRACK: 481 (the connector sends no reliable provisionals).</li>
 * </ul>
 */
final class InDialogRequests {

    private static final Logger LOG = Logger.getLogger(InDialogRequests.class.getName());

    /** How long a re-INVITE that overtook its dialog's ACK waits for it before being refused with 491. */
    private static final java.time.Duration ACK_GRACE = java.time.Duration.ofMillis(100);

    private static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO, UPDATE, REFER";

    /** Hands a request to the application (REFER), through the leg's lane. */
    interface ToApplication {
        void deliver(Leg leg, ServerTransaction transaction, Request request);
    }

    private final CallContext ctx;
    private final IncomingCalls incoming;
    private final Consumer<Leg> hangup;
    private final ToApplication application;
    private final InDialogAnswers answers;

    InDialogRequests(CallContext ctx, IncomingCalls incoming, Consumer<Leg> hangup, ToApplication application) {
        this.ctx = ctx;
        this.answers = new InDialogAnswers(ctx);
        this.incoming = incoming;
        this.hangup = hangup;
        this.application = application;
    }

    /** On the stack's thread: a request in the leg's dialog, with its server transaction open. */
    void handle(Leg leg, ServerTransaction transaction, Request request) {
        synchronized (leg) {
            String remoteTag = leg.dialog.remoteTag();
            String fromTag = ((FromHeader) request.getHeader(FromHeader.NAME)).getTag();
            if (leg.state() == SipLegState.ENDED || (!remoteTag.isEmpty() && !remoteTag.equals(fromTag))) {
                answer(transaction, 481, "");
                return;
            }
            if (!leg.dialog.acceptRemoteCSeq(request)) {
                // RFC 3261 §12.2.2: a CSeq below the dialog's remote sequence number is out of order.
                answer(transaction, 500, "CSeq Out of Order");
                return;
            }
        }
        switch (request.getMethod()) {
            case Request.BYE -> bye(leg, transaction);
            case Request.INVITE, Request.UPDATE -> offer(leg, transaction, request, false);
            case Request.REFER -> application.deliver(leg, transaction, request);
            case Request.PRACK -> answer(transaction, 481, "");
            default -> other(leg, transaction, request);
        }
    }

    private void bye(Leg leg, ServerTransaction transaction) {
        Optional<Leg> partner = Optional.empty();
        synchronized (leg) {
            answer(transaction, 200, "");
            switch (leg.state()) {
                case OFFERED -> {
                    // The caller ended its early dialog with BYE instead of CANCEL.
                    incoming.terminate(leg);
                    ctx.end(leg, new LegEvent.Cancelled(leg.id));
                }
                case ANSWERED, CONFIRMED -> {
                    partner = ctx.bridges.partner(leg);
                    // marked before this end is reported: the application may hang the partner up before we do
                    partner.ifPresent(p -> p.partnerHungUp = true);
                    ctx.end(leg, new LegEvent.Ended(leg.id, EndCause.REMOTE_HANGUP));
                }
                default -> {
                    // our BYE crossed it, or a callee's BYE before its 2xx (RFC 3261 §15 forbids it): nothing ends
                }
            }
        }
        partner.ifPresent(hangup);
    }

    /**
     * re-INVITE or UPDATE: relayed to the partner while no other offer is under way on the bridge. A re-INVITE that
     * finds our 2xx still waiting for its ACK is looked at again once, a little later: a phone may send it right
     * behind its ACK, and the stack's threads may take the two in either order.
     */
    private void offer(Leg leg, ServerTransaction transaction, Request request, boolean lookedAgain) {
        boolean invite = Request.INVITE.equals(request.getMethod());
        synchronized (leg) {
            if (leg.state().isClosing()) {
                answer(transaction, 481, "");
                return;
            }
            if (invite && leg.state() == SipLegState.ANSWERED && !lookedAgain) {
                ctx.timers.schedule(ACK_GRACE, () -> offer(leg, transaction, request, true));
                return;
            }
            if (invite && leg.state() != SipLegState.CONFIRMED) {
                // RFC 3261 §14.2: our 2xx still waits for its ACK, or the dialog is early.
                answer(transaction, 491, "");
                return;
            }
            leg.dialog.refreshTarget(request);
        }
        Optional<Bridge> bridged = ctx.bridges.of(leg);
        if (bridged.isEmpty()) {
            answer(transaction, 488, "");
            return;
        }
        int maxForwards = Relaying.nextMaxForwards(request);
        if (maxForwards < 0) {
            answer(transaction, 483, "");
            return;
        }
        Bridge bridge = bridged.get();
        if (invite && (bridge.sendsOffersToApplication() || holds(request))) {
            // hold: the application anchors the media (music for the other party) and answers; so it does for
            // every re-INVITE on the bridge until it bridges the legs again
            bridge.offersToApplication();
            application.deliver(leg, transaction, request);
            return;
        }
        if (!bridge.startOffer()) {
            answer(transaction, 491, "");
            return;
        }
        Leg partner = bridge.other(leg);
        RelayedOffer relay = new RelayedOffer(ctx, answers, leg, transaction, request, partner, bridge);
        synchronized (partner) {
            if (partner.state() != SipLegState.CONFIRMED) {
                bridge.offerDone();
                answer(transaction, 491, "");
                return;
            }
            if (invite) {
                // registered before the relay goes out: its answer may come back before send() returns
                relay.ref = InviteRef.of(request);
                ctx.legs.pending(relay.ref, relay);
            }
            try {
                Request copy = partner.dialog.request(request.getMethod(), ctx.out, maxForwards);
                Relaying.copy(request, copy);
                copy.setHeader(ctx.out.contact(InDialogAnswers.transport(partner), null));
                relay.partnerCSeq = OutgoingCalls.cseq(copy);
                relay.transaction = ctx.send(copy, relay);
            } catch (SipSendException e) {
                ctx.sendFailures.record(LOG, "{0} not relayed to {1}: {2}", new Object[] {request.getMethod(), partner,
                        e.getMessage()});
                ctx.legs.notPending(relay.ref);
                bridge.offerDone();
                answer(transaction, 500, "");
            }
        }
    }

    /** Whether the request's SDP offer puts the call on hold; an unreadable body does not (it is relayed). */
    private static boolean holds(Request request) {
        SipBody body = OutgoingMessages.body(request);
        if (body.isEmpty() || !body.contentType().toLowerCase(Locale.ROOT).startsWith("application/sdp")) {
            return false;
        }
        try {
            return OfferAnswer.holds(SdpParser.parse(body.text()));
        } catch (SdpException e) {
            LOG.log(Level.FINE, "re-INVITE with an unreadable offer relayed: {0}", e.getMessage());
            return false;
        }
    }

    /** INFO and other methods: relayed when bridged, else answered here. */
    private void other(Leg leg, ServerTransaction transaction, Request request) {
        if (Request.INFO.equals(request.getMethod())) {
            InfoDtmf.report(ctx.dtmf, leg.id, request);
        }
        Optional<Leg> bridged = ctx.bridges.partner(leg);
        int maxForwards = Relaying.nextMaxForwards(request);
        if (bridged.isPresent() && maxForwards >= 0) {
            Leg partner = bridged.get();
            synchronized (partner) {
                if (partner.state() == SipLegState.CONFIRMED) {
                    try {
                        Request copy = partner.dialog.request(request.getMethod(), ctx.out, maxForwards);
                        Relaying.copy(request, copy);
                        ctx.send(copy, new RelayedRequest(ctx, answers, transaction, request));
                        return;
                    } catch (SipSendException e) {
                        ctx.sendFailures.record(LOG, "{0} not relayed to {1}: {2}", new Object[] {request.getMethod(),
                                partner, e.getMessage()});
                        answer(transaction, 500, "");
                        return;
                    }
                }
            }
        }
        switch (request.getMethod()) {
            case Request.INFO, Request.OPTIONS -> answer(transaction, 200, "");
            default -> respond(transaction, SipResponseSpec.status(405).header("Allow", ALLOW).build());
        }
    }

    private void answer(ServerTransaction transaction, int code, String reason) {
        answers.answer(transaction, code, reason);
    }

    private void respond(ServerTransaction transaction, SipResponseSpec spec) {
        answers.respond(transaction, spec);
    }
}
