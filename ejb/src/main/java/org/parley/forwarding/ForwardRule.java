package org.parley.forwarding;

import java.util.Objects;
import java.util.Optional;

/**
 * One forwarding rule of an extension.
 *
 * @param enabled      whether it applies; rules are off until switched on
 * @param target       where calls go: an extension number or an outside number in E.164; kept when the rule is off
 * @param callerId     whom the forwarded call is presented as coming from
 * @param confirmByKey "press 1 to accept": what it rings is answered by Parley and connected only on the key 1
 */
public record ForwardRule(boolean enabled, Optional<String> target, CallerIdChoice callerId, boolean confirmByKey) {

    /** A rule that is off and has no target. */
    public static final ForwardRule OFF = new ForwardRule(false, Optional.empty(), CallerIdChoice.ORIGINAL, false);

    public ForwardRule {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(callerId, "callerId");
        if (enabled && target.isEmpty()) {
            throw new IllegalArgumentException("an enabled forwarding rule has a target");
        }
    }

    /** Switched on, to {@code target}, keeping the other settings. */
    public ForwardRule on(String newTarget) {
        return new ForwardRule(true, Optional.of(newTarget), callerId, confirmByKey);
    }

    /** Switched off, keeping the target for the next time. */
    public ForwardRule off() {
        return new ForwardRule(false, target, callerId, confirmByKey);
    }
}
