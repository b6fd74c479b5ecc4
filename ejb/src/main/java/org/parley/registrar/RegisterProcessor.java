package org.parley.registrar;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Handles one REGISTER from start to end (RFC 3261 §10.3), without any container or SIP stack:
 * <ol>
 *   <li>the To domain must be one we serve, else {@link Refusal#DOMAIN_NOT_SERVED} (step 1);</li>
 *   <li>digest authentication as the extension in To (step 3, RFC 3261 §22) — a challenge or a refusal ends here;</li>
 *   <li>{@link BindingRules} applied atomically to that extension's bindings through the {@link BindingTable}
 *       (steps 6 to 8).</li>
 * </ol>
 * Thread-safe when its collaborators are.
 */
public final class RegisterProcessor {

    static final String METHOD = "REGISTER";

    private final Predicate<String> servesDomain;
    private final DigestAuthenticator authenticator;
    private final RegistrationPolicy policy;
    private final BindingTable table;
    private final Clock clock;

    /**
     * @param servesDomain  whether a To host (given lower-cased) is one of ours
     * @param authenticator checks the credentials
     * @param policy        lifetimes and contact limit
     * @param table         where bindings live
     * @param clock         the time source for lifetimes
     */
    public RegisterProcessor(Predicate<String> servesDomain, DigestAuthenticator authenticator,
                             RegistrationPolicy policy, BindingTable table, Clock clock) {
        this.servesDomain = Objects.requireNonNull(servesDomain, "servesDomain");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.table = Objects.requireNonNull(table, "table");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RegisterOutcome process(RegisterRequest request) {
        Objects.requireNonNull(request, "request");
        if (!servesDomain.test(request.aorHost().toLowerCase(Locale.ROOT))) {
            return new RegisterOutcome.Refused(Refusal.DOMAIN_NOT_SERVED);
        }
        AuthResult auth = authenticator.authenticate(METHOD, request.credentials(),
                request.aorUser(), PhoneCredentials.isWebSocket(request.transport()));
        if (auth instanceof AuthResult.Challenge challenge) {
            return new RegisterOutcome.Challenge(challenge.challenges());
        }
        if (auth instanceof AuthResult.Refused refused) {
            return new RegisterOutcome.Refused(refused.refusal());
        }
        Instant now = clock.instant();
        String aor = request.aor();
        return table.update(aor, current -> decide(aor, BindingRules.apply(current, request, policy, now), now));
    }

    private static BindingTable.Update<RegisterOutcome> decide(String aor, BindingResult result, Instant now) {
        if (result instanceof BindingResult.Changed changed) {
            return BindingTable.Update.store(changed.after(), new RegisterOutcome.Registered(aor, changed.after(), now));
        }
        if (result instanceof BindingResult.Failed failed) {
            return BindingTable.Update.keep(new RegisterOutcome.Refused(failed.refusal()));
        }
        if (result instanceof BindingResult.TooBrief tooBrief) {
            return BindingTable.Update.keep(new RegisterOutcome.TooBrief(tooBrief.minExpires()));
        }
        throw new IllegalStateException("unknown binding result " + result);
    }
}
