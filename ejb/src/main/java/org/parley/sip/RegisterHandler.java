package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.logging.Logger;
import org.parley.registrar.Binding;
import org.parley.registrar.DigestChallenge;
import org.parley.registrar.RegisterOutcome;
import org.parley.registrar.RegisterRequest;
import org.parley.registrar.Registrar;
import org.parley.security.SipAuthGuard;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;

/** REGISTER (RFC 3261 §10): translated for the registrar, its outcome answered as SIP. */
@ApplicationScoped
public class RegisterHandler {

    private static final Logger LOG = Logger.getLogger(RegisterHandler.class.getName());

    @Inject
    Registrar registrar;

    @Inject
    SipResponder responder;

    @Inject
    SipAuthGuard guard;

    public void handle(SipRequest request) {
        RegisterRequest register;
        try {
            register = RegisterTranslation.of(request);
        } catch (IllegalArgumentException e) {
            LOG.info(() -> "Malformed REGISTER from " + request.remote() + ": " + e.getMessage());
            responder.respond(request, SipResponseSpec.status(400).reason("Bad Request").build());
            return;
        }
        String source = request.remote().host();
        if (!guard.admits(source, register.aorUser())) {
            responder.discard(request);
            return;
        }
        RegisterOutcome outcome = registrar.register(register);
        if (outcome instanceof RegisterOutcome.Refused refused && refused.refusal().isAuthenticationFailure()) {
            guard.failed(source, register.aorUser(), "REGISTER");
        } else if (outcome instanceof RegisterOutcome.Registered) {
            guard.succeeded(source, register.aorUser());
        }
        responder.respond(request, answer(outcome));
    }

    static SipResponseSpec answer(RegisterOutcome outcome) {
        if (outcome instanceof RegisterOutcome.Challenge challenge) {
            SipResponseSpec.Builder b = SipResponseSpec.status(401);
            for (DigestChallenge c : challenge.challenges()) {
                b.header("WWW-Authenticate", c.headerValue());
            }
            return b.build();
        }
        if (outcome instanceof RegisterOutcome.Registered registered) {
            SipResponseSpec.Builder b = SipResponseSpec.status(200);
            for (Binding binding : registered.bindings().bindings()) {
                StringBuilder contact = new StringBuilder("<").append(binding.address().text()).append('>');
                binding.q().ifPresent(q -> contact.append(";q=").append(q));
                contact.append(";expires=").append(binding.secondsLeft(registered.now()));
                b.header("Contact", contact.toString());
            }
            b.header("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(registered.now().atZone(ZoneOffset.UTC)));
            return b.build();
        }
        if (outcome instanceof RegisterOutcome.TooBrief tooBrief) {
            return SipResponseSpec.status(423).reason("Interval Too Brief")
                    .header("Min-Expires", Integer.toString(tooBrief.minExpires())).build();
        }
        if (outcome instanceof RegisterOutcome.Refused refused) {
            return switch (refused.refusal()) {
                case FORBIDDEN, USERNAME_MISMATCH -> SipResponseSpec.status(403).reason("Forbidden").build();
                case TOO_MANY_CONTACTS -> SipResponseSpec.status(403).reason(refused.refusal().reason()).build();
                case DOMAIN_NOT_SERVED -> SipResponseSpec.status(404).reason(refused.refusal().reason()).build();
                case INVALID_WILDCARD, BAD_REQUEST -> SipResponseSpec.status(400)
                        .reason(refused.refusal().reason()).build();
                case OUT_OF_ORDER -> SipResponseSpec.status(500).reason(refused.refusal().reason())
                        .header("Retry-After", "1").build();
            };
        }
        throw new IllegalStateException("unknown register outcome " + outcome);
    }
}
