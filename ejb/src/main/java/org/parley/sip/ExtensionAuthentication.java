package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.parley.registrar.AuthResult;
import org.parley.registrar.DigestChallenge;
import org.parley.registrar.DigestCredentials;
import org.parley.registrar.Registrar;
import org.parley.registrar.Registrations;
import org.parley.security.SipAuthGuard;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;

/**
 * Who sends a request that only an extension may send (an INVITE, a SUBSCRIBE): its address has a binding, and it
 * answers the 407 digest challenge as itself. Anyone else is refused (403), failures counted by the SIP guard.
 */
@ApplicationScoped
public class ExtensionAuthentication {

    private static final Logger LOG = Logger.getLogger(ExtensionAuthentication.class.getName());

    @Inject
    SipResponder responder;

    @Inject
    Registrations registrations;

    @Inject
    Registrar registrar;

    @Inject
    SipAuthGuard guard;

    /** The extension sending {@code request}, or empty after answering it 403 or 407. */
    Optional<String> extensionOf(SipRequest request, String source) {
        String method = request.method();
        if (!registrations.hasBindingFrom(source)) {
            LOG.info(() -> method + " from " + request.remote() + " refused: neither a trunk nor a registered phone");
            guard.failed(source, request.from().uri().user(), method);
            responder.respond(request, SipResponseSpec.status(403).build());
            return Optional.empty();
        }
        String user = request.from().uri().user();
        List<DigestCredentials> credentials = request.proxyAuthorizations().stream()
                .filter(c -> "digest".equalsIgnoreCase(c.scheme()))
                .map(c -> new DigestCredentials(c.parameters()))
                .toList();
        AuthResult result = registrar.authenticate(method, credentials, user, request.transport());
        if (result instanceof AuthResult.Authenticated a) {
            guard.succeeded(source, a.username());
            return Optional.of(a.username());
        }
        if (result instanceof AuthResult.Challenge c) {
            SipResponseSpec.Builder b = SipResponseSpec.status(407);
            for (DigestChallenge challenge : c.challenges()) {
                b.header("Proxy-Authenticate", challenge.headerValue());
            }
            responder.respond(request, b.build());
            return Optional.empty();
        }
        AuthResult.Refused refused = (AuthResult.Refused) result;
        if (refused.refusal().isAuthenticationFailure()) {
            guard.failed(source, user, method);
        }
        LOG.info(() -> method + " from " + user + " at " + request.remote() + " refused: "
                + refused.refusal().reason());
        responder.respond(request, SipResponseSpec.status(403).build());
        return Optional.empty();
    }
}
