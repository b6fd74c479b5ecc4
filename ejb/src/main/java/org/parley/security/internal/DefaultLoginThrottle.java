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
import org.parley.security.UsualAddresses;

/**
 * The sign-in throttle in memory: one {@link LoginFailures} per (user name, client address), one per user name and
 * one per client address. A user name's own count holds back only addresses it has not signed in from before
 * ({@link UsualAddresses}), so that guesses from elsewhere cannot lock a user out of their usual place; guesses from
 * one address are held back by that pair's count and by the address's. Each lockout is logged when it starts and
 * each run of refusals once, with the user name and the address (never a password).
 */
@ApplicationScoped
public class DefaultLoginThrottle implements LoginThrottle {

    private static final Logger LOG = Logger.getLogger(DefaultLoginThrottle.class.getName());

    @Inject
    LoginThrottleSettings settings;

    @Inject
    Clock clock;

    private LoginFailures byUserAndAddress;
    private LoginFailures byUser;
    private LoginFailures byAddress;
    private UsualAddresses usual;

    @PostConstruct
    void init() {
        byUserAndAddress = new LoginFailures(settings.perUser(), clock, LoginThrottleSettings.CAPACITY);
        byUser = new LoginFailures(settings.perUser(), clock, LoginThrottleSettings.CAPACITY);
        usual = new UsualAddresses(LoginThrottleSettings.CAPACITY, LoginThrottleSettings.USUAL_ADDRESSES);
        byAddress = new LoginFailures(settings.perAddress(), clock, LoginThrottleSettings.CAPACITY);
        LOG.info(() -> "Sign-in throttle per user: " + byUser.policy() + "; per address: " + byAddress.policy());
    }

    @Override
    public Optional<ThrottleRefusal> check(Optional<String> username, String address) {
        Optional<String> user = username.map(DefaultLoginThrottle::key);
        Optional<ThrottleRefusal> refusal = user.flatMap(u -> byUserAndAddress.check(pair(u, address)));
        if (refusal.isEmpty()) {
            refusal = user.filter(u -> !usual.isUsual(u, address)).flatMap(byUser::check);
        }
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
            byUserAndAddress.failed(pair(u, address));
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
        String user = key(username);
        byUserAndAddress.reset(pair(user, address));
        byUser.reset(user);
        usual.signedIn(user, address);
    }

    private static String pair(String user, String address) {
        return user + '\u0000' + address;
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
