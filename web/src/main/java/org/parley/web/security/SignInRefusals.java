package org.parley.web.security;

import org.parley.security.ThrottleRefusal;

/** Words for a person whose sign-in attempt the throttle refused. */
final class SignInRefusals {

    private SignInRefusals() {
    }

    static String describe(ThrottleRefusal refusal) {
        long seconds = refusal.retryAfterSeconds();
        if (refusal.kind() == ThrottleRefusal.Kind.LOCKED_OUT) {
            long minutes = (seconds + 59) / 60;
            return "Too many failed sign-ins: signing in is locked for " + minutes + " more minute"
                    + (minutes == 1 ? "" : "s") + ".";
        }
        return "Too many failed sign-ins: wait " + seconds + " second" + (seconds == 1 ? "" : "s")
                + " before trying again.";
    }
}
