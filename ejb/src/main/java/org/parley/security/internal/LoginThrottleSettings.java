package org.parley.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.security.ThrottlePolicy;

/**
 * The sign-in throttle's configuration (MicroProfile Config; each key also read from the environment). A client
 * address is shared by everyone behind the same NAT, so its thresholds are higher than a user's.
 */
@ApplicationScoped
public class LoginThrottleSettings {

    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(1);
    /** Keys (user names, addresses) tracked at most, each. */
    static final int CAPACITY = 10_000;
    /** Addresses remembered per user as usual (signed in from successfully). */
    static final int USUAL_ADDRESSES = 10;

    @Inject
    @ConfigProperty(name = "PARLEY_LOGIN_USER_DELAY_AFTER", defaultValue = "5")
    int userDelayAfter;

    @Inject
    @ConfigProperty(name = "PARLEY_LOGIN_USER_LOCKOUT_AFTER", defaultValue = "10")
    int userLockoutAfter;

    @Inject
    @ConfigProperty(name = "PARLEY_LOGIN_ADDRESS_DELAY_AFTER", defaultValue = "30")
    int addressDelayAfter;

    @Inject
    @ConfigProperty(name = "PARLEY_LOGIN_ADDRESS_LOCKOUT_AFTER", defaultValue = "100")
    int addressLockoutAfter;

    @Inject
    @ConfigProperty(name = "PARLEY_LOGIN_LOCKOUT_MINUTES", defaultValue = "15")
    int lockoutMinutes;

    /** Failures of one user name, from wherever they come. */
    public ThrottlePolicy perUser() {
        return policy(userDelayAfter, userLockoutAfter);
    }

    /** Failures from one client address, whichever user they name. */
    public ThrottlePolicy perAddress() {
        return policy(addressDelayAfter, addressLockoutAfter);
    }

    private ThrottlePolicy policy(int delayAfter, int lockoutAfter) {
        Duration lockout = Duration.ofMinutes(lockoutMinutes);
        return new ThrottlePolicy(delayAfter, lockoutAfter, lockout, lockout, FIRST_DELAY, MAX_DELAY);
    }
}
