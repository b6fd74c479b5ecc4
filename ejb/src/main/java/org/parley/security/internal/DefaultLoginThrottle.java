package org.parley.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.parley.security.LoginFailures;
import org.parley.security.LoginThrottle;
import org.parley.security.ThrottleRefusal;

/**
 * The sign-in throttle in memory: one {@link LoginFailures} per user name, one per client address. Each lockout is
 * logged when it starts and each run of refusals once, with the user name and the address (never a password).
 */
@ApplicationScoped
public class DefaultLoginThrottle implements LoginThrottle {

    private static final Logger LOG = Logger.getLogger(DefaultLoginThrottle.class.getName());

    @Inject
    LoginThrottleSettings settings;

    @Inject
    Clock clock;

    private LoginFailures byUser;
    private LoginFailures byAddress;

    @PostConstruct
    void init() {
        byUser = new LoginFailures(settings.perUser(), clock, LoginThrottleSettings.CAPACITY);
        byAddress = new LoginFailures(settings.perAddress(), clock, LoginThrottleSettings.CAPACITY);
        LOG.info(() -> "Sign-in throttle per user: " + byUser.policy() + "; per address: " + byAddress.policy());
    }

    @Override
    public Optional<ThrottleRefusal> check(Optional<String> username, String address) {
        Optional<String> user = username.map(DefaultLoginThrottle::key);
        Optional<ThrottleRefusal> refusal = user.flatMap(byUser::check);
        if (refusal.isPresent()) {
            report(refusal.get(), "user " + user.get(), user, address);
            return refusal;
        }
        refusal = byAddress.check(address);
        refusal.ifPresent(r -> report(r, "address " + address, user, address));
        return refusal;
    }

    @Override
    public void failed(Optional<String> username, String address) {
        Optional<String> user = username.map(DefaultLoginThrottle::key);
        user.ifPresent(u -> {
            if (byUser.failed(u) == LoginFailures.Outcome.LOCKED_OUT) {
                LOG.warning(() -> "Sign-in locked for user " + u + " for " + byUser.policy().lockout().toMinutes()
                        + " min after " + byUser.policy().lockoutAfter() + " failed attempts (last from " + address
                        + ")");
            }
        });
        if (byAddress.failed(address) == LoginFailures.Outcome.LOCKED_OUT) {
            LOG.warning(() -> "Sign-in locked for address " + address + " for "
                    + byAddress.policy().lockout().toMinutes() + " min after " + byAddress.policy().lockoutAfter()
                    + " failed attempts (last for user " + user.orElse("(API token)") + ")");
        }
    }

    @Override
    public void succeeded(String username, String address) {
        byUser.reset(key(username));
    }

    private static void report(ThrottleRefusal refusal, String cause, Optional<String> user, String address) {
        if (!refusal.first()) {
            return;
        }
        String why = refusal.kind() == ThrottleRefusal.Kind.LOCKED_OUT ? "locked out" : "too early";
        LOG.warning(() -> "Sign-in refused for user " + user.orElse("(API token)") + " from " + address + ": " + why
                + " after " + refusal.failures() + " failed attempts of " + cause + ", retry in "
                + refusal.retryAfterSeconds() + " s");
    }

    /** User names are lower case; so are their keys, whatever case an attacker tries. */
    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
