package org.parley.forwarding;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How calls to one extension are forwarded, and the outside phones that ring with it. Every rule is off by default.
 *
 * @param extension    the extension number
 * @param rules        one rule per kind (missing kinds are off)
 * @param extraDevices outside phones ringing at the same time as its SIP phones, in order
 */
public record ForwardingRules(String extension, Map<ForwardKind, ForwardRule> rules, List<ExtraDevice> extraDevices) {

    /** Outside phones one extension may have. */
    public static final int MAX_EXTRA_DEVICES = 5;

    public ForwardingRules {
        Objects.requireNonNull(extension, "extension");
        EnumMap<ForwardKind, ForwardRule> all = new EnumMap<>(ForwardKind.class);
        for (ForwardKind kind : ForwardKind.values()) {
            all.put(kind, rules == null ? ForwardRule.OFF : rules.getOrDefault(kind, ForwardRule.OFF));
        }
        rules = Map.copyOf(all);
        extraDevices = List.copyOf(extraDevices == null ? List.of() : extraDevices);
    }

    /** No forwarding and no extra device: what every extension starts with. */
    public static ForwardingRules none(String extension) {
        return new ForwardingRules(extension, Map.of(), List.of());
    }

    public ForwardRule rule(ForwardKind kind) {
        return rules.get(kind);
    }

    /** These rules with one rule replaced. */
    public ForwardingRules with(ForwardKind kind, ForwardRule rule) {
        EnumMap<ForwardKind, ForwardRule> changed = new EnumMap<>(rules);
        changed.put(kind, rule);
        return new ForwardingRules(extension, changed, extraDevices);
    }

    /** Whether a rule that decides after ringing (busy, no answer) is on. */
    public boolean forwardsAfterRinging() {
        return rule(ForwardKind.BUSY).enabled() || rule(ForwardKind.NO_ANSWER).enabled();
    }

    /** Whether nothing is set: every rule off without target and no extra device. */
    public boolean isEmpty() {
        return extraDevices.isEmpty() && rules.values().stream().allMatch(ForwardRule.OFF::equals);
    }
}
