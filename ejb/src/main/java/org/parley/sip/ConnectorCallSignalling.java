package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Consumer;
import org.parley.call.CallHop;
import org.parley.call.CallSignalling;
import org.parley.call.CallerLeg;
import org.parley.call.Destination;
import org.parley.call.OutgoingLeg;
import org.parley.call.Party;
import org.parley.call.SessionDescription;
import org.parley.call.SignallingException;
import org.parley.platform.config.SipDomain;
import org.parley.sipconnector.OutboundInvite;
import org.parley.sipconnector.SipAuth;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;
import org.parley.sipconnector.SipTarget;

/** Call control's signalling port, carried out by the SIP connector. */
@ApplicationScoped
public class ConnectorCallSignalling implements CallSignalling {

    /** When a caller refused with 503 (the media engine out of ports, a failing steerer) may try again. */
    private static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    SipResponder sip;

    @Inject
    SipDomain domain;

    @Override
    public void dial(String legId, OutgoingLeg leg) {
        OutboundInvite invite;
        if (leg.destination() instanceof Destination.Device device) {
            // the caller's name and number in From and, as Asterisk and FreeSWITCH send them, P-Asserted-Identity
            OutboundInvite.Builder b = OutboundInvite.to(device.contact())
                    .from(address(leg.from()))
                    .header("P-Asserted-Identity", address(leg.from()))
                    .toHeader(address(leg.to()))
                    .target(new SipTarget(device.transport(), device.sourceHost(), device.sourcePort()))
                    .maxForwards(leg.maxForwards())
                    .body(SdpBodies.of(leg.offer()))
                    .legId(legId);
            referredBy(leg, b);
            invite = b.build();
        } else if (leg.destination() instanceof Destination.Trunk trunk) {
            invite = trunkInvite(legId, leg, trunk);
        } else {
            throw new IllegalArgumentException("unknown destination " + leg.destination());
        }
        run(c -> c.invite(invite));
    }

    private OutboundInvite trunkInvite(String legId, OutgoingLeg leg, Destination.Trunk trunk) {
        String hostPort = trunk.host() + (trunk.port() == 5060 ? "" : ":" + trunk.port());
        String transport = trunk.transport().equalsIgnoreCase("TCP") ? ";transport=tcp" : "";
        boolean forwarded = leg.history().stream().anyMatch(h -> h.type() == CallHop.Type.FORWARD);
        // a forwarded call shows the number its rule chose (the original caller's, or the company's) when it is a
        // phone number; an extension's number means nothing to a carrier: the trunk's caller ID then
        String presented = forwarded && leg.from().number().startsWith("+") ? leg.from().number()
                : trunk.callerId().orElse(leg.from().number());
        OutboundInvite.Builder b = OutboundInvite.to("sip:" + trunk.number() + "@" + hostPort + transport)
                .from(displayed(leg.from()) + "<sip:" + presented + "@" + trunk.host() + ">")
                .toHeader("<sip:" + trunk.number() + "@" + trunk.host() + ">")
                .target(new SipTarget(trunk.transport().toUpperCase(Locale.ROOT), trunk.host(), trunk.port()))
                .maxForwards(leg.maxForwards())
                .body(SdpBodies.of(leg.offer()))
                .header("P-Asserted-Identity", "<sip:" + presented + "@" + trunk.host() + ">")
                .legId(legId);
        DiversionHeaders.diversion(leg.history(), domain.name()).ifPresent(v -> b.header("Diversion", v));
        DiversionHeaders.historyInfo(leg.history(), domain.name(), "sip:" + trunk.number() + "@" + trunk.host())
                .ifPresent(v -> b.header("History-Info", v));
        referredBy(leg, b);
        if (trunk.username().isPresent() && trunk.password().isPresent()) {
            b.auth(new SipAuth(trunk.username().get(), trunk.password().get()));
        }
        return b.build();
    }

    /**
     * A transfer target's INVITE says who asked for the transfer (RFC 3892): the REFER's own Referred-By, else the
     * transferor's address.
     */
    private void referredBy(OutgoingLeg leg, OutboundInvite.Builder b) {
        leg.referredBy().ifPresent(r -> b.header("Referred-By", r.header().orElseGet(() -> address(r.transferor()))));
    }

    @Override
    public void respondToCaller(CallerLeg caller, int status, String reasonPhrase, SessionDescription body) {
        SipResponseSpec.Builder spec = SipResponseSpec.status(status).reason(reasonPhrase);
        if (status == 503) {
            spec.header("Retry-After", RETRY_AFTER_SECONDS); // RFC 3261 §21.5.4: a passing overload
        }
        if (!body.isEmpty()) {
            spec.body(body.contentType(), body.content());
        }
        SipResponseSpec response = spec.build();
        run(c -> c.respond(caller.transactionKey(), response));
    }

    @Override
    public void bridge(String legA, String legB) {
        run(c -> c.bridge(legA, legB));
    }

    @Override
    public void cancel(String legId) {
        run(c -> c.cancel(legId));
    }

    @Override
    public void hangup(String legId) {
        run(c -> c.hangup(legId));
    }

    @Override
    public void acknowledge(String legId, SessionDescription answer) {
        run(c -> c.acknowledge(legId, SdpBodies.of(answer)));
    }

    @Override
    public void unbridge(String legId) {
        run(c -> c.unbridge(legId));
    }

    @Override
    public void reoffer(String legId, SessionDescription offer) {
        run(c -> c.reoffer(legId, SdpBodies.of(offer)));
    }

    @Override
    public void answerTransferRequest(String requestKey, int status) {
        SipResponseSpec response = SipResponseSpec.status(status).build();
        run(c -> c.respond(requestKey, response));
    }

    @Override
    public void notifyTransferor(String legId, int status) {
        run(c -> c.sendInDialog(legId, TransferNotices.METHOD, TransferNotices.headers(status),
                TransferNotices.body(status)));
    }

    private void run(Consumer<SipConnection> work) {
        try {
            sip.withConnection(c -> {
                work.accept(c);
                return null;
            });
        } catch (SipSendException | SipResponder.SipUnavailable e) {
            throw new SignallingException(e.getMessage(), e);
        }
    }

    private String address(Party party) {
        return displayed(party) + "<sip:" + party.number() + "@" + domain.name() + ">";
    }

    /** A quoted display name and a space, or nothing (RFC 3261 §25.1 quoted-string). */
    private static String displayed(Party party) {
        if (party.displayName().isBlank()) {
            return "";
        }
        return "\"" + party.displayName().replace("\\", "\\\\").replace("\"", "\\\"") + "\" ";
    }
}
