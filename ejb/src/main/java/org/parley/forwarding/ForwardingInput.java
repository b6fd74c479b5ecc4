package org.parley.forwarding;

import java.util.ArrayList;
import java.util.List;

/**
 * What a person gives to set an extension's forwarding: the same for the REST API, the console and (one rule at a
 * time) feature codes. A rule left out is off; the list of extra devices replaces the stored one. Checked by
 * {@link ForwardingService#update}.
 */
public class ForwardingInput {

    private RuleInput unconditional;
    private RuleInput busy;
    private RuleInput noAnswer;
    private RuleInput unavailable;
    private List<DeviceInput> extraDevices = new ArrayList<>();

    /** One rule as given. */
    public static class RuleInput {
        private boolean enabled;
        private String target;
        private String callerId;
        private boolean confirmByKey;

        public RuleInput() {
        }

        public RuleInput(boolean enabled, String target, String callerId, boolean confirmByKey) {
            this.enabled = enabled;
            this.target = target;
            this.callerId = callerId;
            this.confirmByKey = confirmByKey;
        }

        /** The input that gives {@code rule} as it is. */
        public static RuleInput of(ForwardRule rule) {
            return new RuleInput(rule.enabled(), rule.target().orElse(null), rule.callerId().name(),
                    rule.confirmByKey());
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** An extension number or a phone number as dialled (E.164 or national). */
        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        /** {@code ORIGINAL} (the default) or {@code COMPANY}. */
        public String getCallerId() {
            return callerId;
        }

        public void setCallerId(String callerId) {
            this.callerId = callerId;
        }

        /** "Key press required to answer": stored and shown; not yet enforced. */
        public boolean isConfirmByKey() {
            return confirmByKey;
        }

        public void setConfirmByKey(boolean confirmByKey) {
            this.confirmByKey = confirmByKey;
        }
    }

    /** One extra device as given. */
    public static class DeviceInput {
        private String number;
        private boolean confirmByKey;

        public DeviceInput() {
        }

        public DeviceInput(String number, boolean confirmByKey) {
            this.number = number;
            this.confirmByKey = confirmByKey;
        }

        /** An outside phone number as dialled (E.164 or national). */
        public String getNumber() {
            return number;
        }

        public void setNumber(String number) {
            this.number = number;
        }

        public boolean isConfirmByKey() {
            return confirmByKey;
        }

        public void setConfirmByKey(boolean confirmByKey) {
            this.confirmByKey = confirmByKey;
        }
    }

    public ForwardingInput() {
    }

    /** The input that gives {@code rules} as they are. */
    public static ForwardingInput of(ForwardingRules rules) {
        ForwardingInput input = new ForwardingInput();
        for (ForwardKind kind : ForwardKind.values()) {
            input.setRule(kind, RuleInput.of(rules.rule(kind)));
        }
        rules.extraDevices().forEach(d -> input.extraDevices.add(new DeviceInput(d.number(), d.confirmByKey())));
        return input;
    }

    /** The rule of one kind, or null when left out. */
    public RuleInput rule(ForwardKind kind) {
        return switch (kind) {
            case UNCONDITIONAL -> unconditional;
            case BUSY -> busy;
            case NO_ANSWER -> noAnswer;
            case UNAVAILABLE -> unavailable;
        };
    }

    public void setRule(ForwardKind kind, RuleInput rule) {
        switch (kind) {
            case UNCONDITIONAL -> unconditional = rule;
            case BUSY -> busy = rule;
            case NO_ANSWER -> noAnswer = rule;
            case UNAVAILABLE -> unavailable = rule;
            default -> throw new IllegalArgumentException(kind.name());
        }
    }

    public RuleInput getUnconditional() {
        return unconditional;
    }

    public void setUnconditional(RuleInput unconditional) {
        this.unconditional = unconditional;
    }

    public RuleInput getBusy() {
        return busy;
    }

    public void setBusy(RuleInput busy) {
        this.busy = busy;
    }

    public RuleInput getNoAnswer() {
        return noAnswer;
    }

    public void setNoAnswer(RuleInput noAnswer) {
        this.noAnswer = noAnswer;
    }

    public RuleInput getUnavailable() {
        return unavailable;
    }

    public void setUnavailable(RuleInput unavailable) {
        this.unavailable = unavailable;
    }

    public List<DeviceInput> getExtraDevices() {
        return extraDevices;
    }

    public void setExtraDevices(List<DeviceInput> extraDevices) {
        this.extraDevices = extraDevices == null ? new ArrayList<>() : extraDevices;
    }
}
