package org.parley.web.forwarding;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.forwarding.ExtraDevice;
import org.parley.forwarding.ForwardKind;
import org.parley.forwarding.ForwardRule;
import org.parley.forwarding.ForwardingInput;
import org.parley.forwarding.ForwardingRules;

/**
 * What the console's Forwarding tab edits: per rule on/off, target, caller ID and "press 1 to accept"; extra devices
 * one per line, with one "press 1 to accept" box for them all. Checked by the service, with the REST API's rules.
 */
public class ForwardingForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<ForwardKind, RuleFields> rules = new HashMap<>();
    private String extraDevices = "";
    /** "Press 1 to accept" of each extra device as loaded (the REST API sets it device by device). */
    private final Map<String, Boolean> deviceConfirmByKey = new HashMap<>();
    /** The one box for the extra devices as loaded: ticked when every device asks for the key. */
    private boolean devicesConfirmLoaded;
    private boolean devicesConfirmByKey;

    /** One rule's fields. */
    public static class RuleFields implements Serializable {

        private static final long serialVersionUID = 1L;

        private boolean enabled;
        private String target;
        private String callerId = "ORIGINAL";
        private boolean confirmByKey;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getCallerId() {
            return callerId;
        }

        public void setCallerId(String callerId) {
            this.callerId = callerId;
        }

        /** "Press 1 to accept": what the target rings is connected only on the key 1. */
        public boolean isConfirmByKey() {
            return confirmByKey;
        }

        public void setConfirmByKey(boolean confirmByKey) {
            this.confirmByKey = confirmByKey;
        }
    }

    private ForwardingForm() {
        for (ForwardKind kind : ForwardKind.values()) {
            rules.put(kind, new RuleFields());
        }
    }

    public static ForwardingForm empty() {
        return new ForwardingForm();
    }

    public static ForwardingForm of(ForwardingRules stored) {
        ForwardingForm form = new ForwardingForm();
        for (ForwardKind kind : ForwardKind.values()) {
            ForwardRule r = stored.rule(kind);
            RuleFields f = form.rules.get(kind);
            f.enabled = r.enabled();
            f.target = r.target().orElse(null);
            f.callerId = r.callerId().name();
            f.confirmByKey = r.confirmByKey();
        }
        form.extraDevices = stored.extraDevices().stream().map(ExtraDevice::number)
                .collect(Collectors.joining("\n"));
        stored.extraDevices().forEach(d -> form.deviceConfirmByKey.put(d.number(), d.confirmByKey()));
        form.devicesConfirmLoaded = !stored.extraDevices().isEmpty()
                && stored.extraDevices().stream().allMatch(ExtraDevice::confirmByKey);
        form.devicesConfirmByKey = form.devicesConfirmLoaded;
        return form;
    }

    /** The service input: every rule as shown, the extra devices one per non-empty line. */
    public ForwardingInput toInput() {
        ForwardingInput input = new ForwardingInput();
        for (ForwardKind kind : ForwardKind.values()) {
            RuleFields f = rules.get(kind);
            input.setRule(kind, new ForwardingInput.RuleInput(f.enabled, f.target, f.callerId, f.confirmByKey));
        }
        List<ForwardingInput.DeviceInput> devices = new ArrayList<>();
        // the box changed: every device as it says; else each device keeps its own choice, a new one the box's
        boolean boxChanged = devicesConfirmByKey != devicesConfirmLoaded;
        for (String line : extraDevices == null ? new String[0] : extraDevices.split("\\R")) {
            if (!line.isBlank()) {
                boolean confirm = boxChanged ? devicesConfirmByKey
                        : deviceConfirmByKey.getOrDefault(line.strip(), devicesConfirmByKey);
                devices.add(new ForwardingInput.DeviceInput(line.strip(), confirm));
            }
        }
        input.setExtraDevices(devices);
        return input;
    }

    /**
     * The service's field names ({@code unconditional.target}, {@code extraDevices[2].number} …) mapped to the
     * client ids of their inputs under {@code prefix} (e.g. {@code extensionForm:tabs:}).
     */
    public static Map<String, String> inputs(String prefix) {
        Map<String, String> inputs = new HashMap<>();
        for (ForwardKind kind : ForwardKind.values()) {
            inputs.put(kind.field() + ".target", prefix + kind.field() + "Target");
            inputs.put(kind.field() + ".callerId", prefix + kind.field() + "CallerId");
        }
        inputs.put("extraDevices", prefix + "extraDevices");
        for (int i = 0; i <= ForwardingRules.MAX_EXTRA_DEVICES; i++) {
            inputs.put("extraDevices[" + i + "].number", prefix + "extraDevices");
        }
        return inputs;
    }

    public RuleFields getUnconditional() {
        return rules.get(ForwardKind.UNCONDITIONAL);
    }

    public RuleFields getBusy() {
        return rules.get(ForwardKind.BUSY);
    }

    public RuleFields getNoAnswer() {
        return rules.get(ForwardKind.NO_ANSWER);
    }

    public RuleFields getUnavailable() {
        return rules.get(ForwardKind.UNAVAILABLE);
    }

    /** Outside numbers ringing alongside the extension's phones, one per line. */
    public String getExtraDevices() {
        return extraDevices;
    }

    public void setExtraDevices(String extraDevices) {
        this.extraDevices = extraDevices;
    }

    /** "Press 1 to accept" for the extra devices: ticked when every one asks for the key. */
    public boolean isExtraDevicesConfirmByKey() {
        return devicesConfirmByKey;
    }

    public void setExtraDevicesConfirmByKey(boolean confirm) {
        this.devicesConfirmByKey = confirm;
    }
}
