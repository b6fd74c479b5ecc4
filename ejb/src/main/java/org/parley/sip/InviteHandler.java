package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.parley.call.CallControl;
import org.parley.call.CallerLeg;
import org.parley.call.IncomingCall;
import org.parley.call.Party;
import org.parley.dialplan.NumberPlan;
import org.parley.directory.Directory;
import org.parley.directory.ExtensionView;
import org.parley.registrar.AuthResult;
import org.parley.registrar.DigestChallenge;
import org.parley.registrar.DigestCredentials;
import org.parley.registrar.Registrar;
import org.parley.registrar.Registrations;
import org.parley.security.SipAuthGuard;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.trunk.TrunkView;
import org.parley.trunk.Trunks;

/**
 * A new INVITE: who is calling? A trunk (by its source address) or a registered extension (its address has a
 * binding, and it answers the 407 digest challenge as itself). Anyone else is refused before any work. The call then
 * goes to call control.
 */
@ApplicationScoped
public class InviteHandler {

    private static final Logger LOG = Logger.getLogger(InviteHandler.class.getName());
    private static final int DEFAULT_MAX_FORWARDS = 70;

    @Inject
    SipResponder responder;

    @Inject
    Trunks trunks;

    @Inject
    Registrations registrations;

    @Inject
    Registrar registrar;

    @Inject
    NumberPlan numbers;

    @Inject
    Directory directory;

    @Inject
    CallControl calls;

    @Inject
    SipAuthGuard guard;

    private volatile List<String> ownAddresses;

    public void handle(SipRequest invite) {
        Optional<String> legId = invite.legId();
        if (legId.isEmpty()) {
            // the connector opens a leg for every INVITE without a To tag: this one names a dialog no leg has
            // (RFC 3261 §12.2.2)
            responder.respond(invite, SipResponseSpec.status(481).reason("Call/Transaction Does Not Exist").build());
            return;
        }
        Optional<SipResponseSpec> unreadable = InviteContent.refusal(invite);
        if (unreadable.isPresent()) {
            LOG.info(() -> "INVITE from " + invite.remote() + " refused for its content: "
                    + unreadable.get().statusCode());
            responder.respond(invite, unreadable.get());
            return;
        }
        String dialled = invite.requestUri().user();
        if (dialled.isEmpty()) {
            responder.respond(invite, SipResponseSpec.status(404).build());
            return;
        }
        if (loops(invite)) {
            LOG.info(() -> "INVITE " + invite + " came back through Parley: loop refused with 482");
            responder.respond(invite, SipResponseSpec.status(482).reason("Loop Detected").build());
            return;
        }
        String source = invite.remote().host();
        Optional<TrunkView> trunk = trunks.bySource(source).filter(TrunkView::enabled);
        Optional<Party> caller = trunk.isPresent() ? Optional.of(trunkCaller(invite)) : authenticated(invite, source);
        if (caller.isEmpty()) {
            return;
        }
        IncomingCall call = new IncomingCall(new CallerLeg(legId.get(), invite.transactionKey()), caller.get(),
                dialled, SdpBodies.of(invite), invite.maxForwards().orElse(DEFAULT_MAX_FORWARDS),
                trunk.map(TrunkView::name));
        Optional<String> replaces = invite.header("Replaces");
        if (replaces.isEmpty()) {
            calls.incoming(call);
            return;
        }
        Optional<String> replaced = ReplacesHeader.parse(replaces.get()).flatMap(key -> {
            try {
                return responder.withConnection(c -> c.legOf(key));
            } catch (SipResponder.SipUnavailable e) {
                return Optional.empty();
            }
        });
        if (replaced.isEmpty()) {
            // RFC 3891 §3: no dialog matches
            LOG.info(() -> "INVITE with Replaces " + replaces.get() + " matches no dialog: 481");
            responder.respond(invite, SipResponseSpec.status(481).reason("Call/Transaction Does Not Exist").build());
            return;
        }
        calls.replacing(call, replaced.get());
    }

    /**
     * Whether the INVITE already passed through Parley (RFC 3261 §16.3 step 4, as a B2BUA sees it): one of its Via
     * headers names one of Parley's own listening points, so Parley sent it out earlier.
     */
    private boolean loops(SipRequest invite) {
        List<String> own = ownAddresses();
        return invite.vias().stream().anyMatch(v -> own.contains(v.host() + ":" + (v.port() < 0 ? 5060 : v.port())));
    }

    private List<String> ownAddresses() {
        List<String> own = ownAddresses;
        if (own == null) {
            own = responder.listeningPoints().stream().map(p -> p.host() + ":" + p.port()).distinct().toList();
            if (!own.isEmpty()) {
                ownAddresses = own;
            }
        }
        return own;
    }

    /** The calling extension, or empty after answering 403/407. */
    private Optional<Party> authenticated(SipRequest invite, String source) {
        if (!registrations.hasBindingFrom(source)) {
            LOG.info(() -> "INVITE from " + invite.remote() + " refused: neither a trunk nor a registered phone");
            guard.failed(source, invite.from().uri().user(), "INVITE");
            responder.respond(invite, SipResponseSpec.status(403).build());
            return Optional.empty();
        }
        String user = invite.from().uri().user();
        List<DigestCredentials> credentials = invite.proxyAuthorizations().stream()
                .filter(c -> "digest".equalsIgnoreCase(c.scheme()))
                .map(c -> new DigestCredentials(c.parameters()))
                .toList();
        AuthResult result = registrar.authenticate("INVITE", credentials, user, invite.transport());
        if (result instanceof AuthResult.Authenticated a) {
            guard.succeeded(source, a.username());
            return Optional.of(new Party(a.username(), nameOf(a.username(), invite)));
        }
        if (result instanceof AuthResult.Challenge c) {
            SipResponseSpec.Builder b = SipResponseSpec.status(407);
            for (DigestChallenge challenge : c.challenges()) {
                b.header("Proxy-Authenticate", challenge.headerValue());
            }
            responder.respond(invite, b.build());
            return Optional.empty();
        }
        AuthResult.Refused refused = (AuthResult.Refused) result;
        if (refused.refusal().isAuthenticationFailure()) {
            guard.failed(source, user, "INVITE");
        }
        LOG.info(() -> "INVITE from " + user + " at " + invite.remote() + " refused: " + refused.refusal().reason());
        responder.respond(invite, SipResponseSpec.status(403).build());
        return Optional.empty();
    }

    /**
     * The calling extension's name: the one set in the directory (what the console and the called phone show), else
     * the display name the phone sent.
     */
    private String nameOf(String extension, SipRequest invite) {
        return directory.extension(extension).map(ExtensionView::displayName).filter(n -> !n.isBlank())
                .orElse(invite.from().displayName());
    }

    /** A trunk's caller: the number it presents, normalised to E.164 where it can be. */
    private Party trunkCaller(SipRequest invite) {
        String presented = invite.from().uri().user();
        String number = presented.isEmpty() ? "anonymous" : numbers.parse(presented).normalized();
        return new Party(number, invite.from().displayName());
    }
}
