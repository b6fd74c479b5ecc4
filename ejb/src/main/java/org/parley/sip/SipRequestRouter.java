package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.parley.call.CallControl;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;

/**
 * Checks what every request must pass (RFC 3261 §8.2.1–8.2.2) and routes it by method to its handler.
 */
@ApplicationScoped
public class SipRequestRouter {

    private static final Logger LOG = Logger.getLogger(SipRequestRouter.class.getName());

    @Inject
    SipResponder responder;

    @Inject
    RegisterHandler register;

    @Inject
    OptionsHandler options;

    @Inject
    InviteHandler invites;

    @Inject
    ReferHandler refers;

    @Inject
    MessageWaiting messageWaiting;

    @Inject
    SipReadiness readiness;

    @Inject
    CallControl calls;

    public void route(SipRequest request) {
        String method = request.method();
        if ("ACK".equals(method)) {
            return; // ACK of a non-2xx final response is absorbed by the transaction; nothing else sends ACK to us yet
        }
        if (!readiness.servicesReady()) {
            responder.respond(request, SipResponseSpec.status(503).header("Retry-After", "5").build());
            return;
        }
        if (!"CANCEL".equals(method) && rejectedByChecks(request)) {
            return;
        }
        switch (method) {
            case "REGISTER" -> register.handle(request);
            case "OPTIONS" -> options.handle(request);
            case "INVITE" -> {
                if (request.to().tag().isPresent() && request.legId().isPresent()) {
                    // a re-INVITE the connector left to call control (a hold)
                    calls.sessionOffered(request.legId().get(), request.transactionKey(), SdpBodies.of(request));
                } else {
                    invites.handle(request);
                }
            }
            case "REFER" -> refers.handle(request);
            case "SUBSCRIBE" -> messageWaiting.handle(request);
            default -> {
                if (SipMethods.DIALOG_METHODS.contains(method)) {
                    // the connector handles these inside its dialogs: one that reaches us matches none
                    responder.respond(request,
                            SipResponseSpec.status(481).reason("Call/Transaction Does Not Exist").build());
                } else {
                    refuseMethod(request);
                }
            }
        }
    }

    private boolean rejectedByChecks(SipRequest request) {
        String scheme = request.requestUri().scheme();
        if (!"sip".equals(scheme) && !"sips".equals(scheme)) {
            LOG.info(() -> "Refused " + request.method() + " with URI scheme " + scheme + " from " + request.remote());
            responder.respond(request, SipResponseSpec.status(416).build());
            return true;
        }
        List<String> unsupported = request.headers("Require").stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .filter(t -> !t.isEmpty() && !SipMethods.SUPPORTED_EXTENSIONS.contains(t))
                .distinct()
                .toList();
        if (!unsupported.isEmpty()) {
            responder.respond(request,
                    SipResponseSpec.status(420).header("Unsupported", String.join(", ", unsupported)).build());
            return true;
        }
        return false;
    }

    private void refuseMethod(SipRequest request) {
        if (SipMethods.KNOWN_NOT_ALLOWED.contains(request.method())) {
            responder.respond(request, SipResponseSpec.status(405).header("Allow", SipMethods.ALLOW).build());
        } else {
            responder.respond(request, SipResponseSpec.status(501).header("Allow", SipMethods.ALLOW).build());
        }
    }
}
