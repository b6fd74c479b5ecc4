package org.parley.web.forwarding;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.forwarding.ExtraDevice;
import org.parley.forwarding.ForwardKind;
import org.parley.forwarding.ForwardRule;
import org.parley.forwarding.ForwardingRules;

/** The forwarding of one extension in the REST API: one object per rule, and the extra devices. */
public class ForwardingDto {

    public String extension;
    /** Every call goes to the target; none of the extension's own devices rings. */
    public RuleDto unconditional;
    /** Its devices answered busy. */
    public RuleDto busy;
    /** Nobody answered within the extension's ring time. */
    public RuleDto noAnswer;
    /** No SIP phone of the extension is registered. */
    public RuleDto unavailable;
    /** Outside phones ringing at the same time as the extension's SIP phones. */
    public List<DeviceDto> extraDevices;

    /** One rule. */
    public static class RuleDto {
        public boolean enabled;
        /** An extension number, or an outside number in E.164; kept while the rule is off. */
        public String target;
        /** {@code ORIGINAL}: the caller's number; {@code COMPANY}: the company number. */
        public String callerId;
        /**
         * "Press 1 to accept": the phone the target rings hears "press 1 to accept the call" when it answers; only 1
         * connects the caller, anything else (or 10 s without a key) sends the caller to the company voicemail.
         */
        @Schema(description = "press 1 to accept: the answering "
                + "phone must press 1, otherwise the caller goes to the company voicemail (PARLEY_COMPANY_MAILBOX)")
        public boolean confirmByKey;

        static RuleDto of(ForwardRule r) {
            RuleDto d = new RuleDto();
            d.enabled = r.enabled();
            d.target = r.target().orElse(null);
            d.callerId = r.callerId().name();
            d.confirmByKey = r.confirmByKey();
            return d;
        }
    }

    /** One extra device. */
    public static class DeviceDto {
        /** E.164. */
        public String number;
        /** "Press 1 to accept", as for a rule. */
        @Schema(description = "press 1 to accept: the device must "
                + "press 1 when it answers, otherwise the caller goes to the company voicemail")
        public boolean confirmByKey;

        static DeviceDto of(ExtraDevice device) {
            DeviceDto d = new DeviceDto();
            d.number = device.number();
            d.confirmByKey = device.confirmByKey();
            return d;
        }
    }

    public static ForwardingDto of(ForwardingRules rules) {
        ForwardingDto d = new ForwardingDto();
        d.extension = rules.extension();
        d.unconditional = RuleDto.of(rules.rule(ForwardKind.UNCONDITIONAL));
        d.busy = RuleDto.of(rules.rule(ForwardKind.BUSY));
        d.noAnswer = RuleDto.of(rules.rule(ForwardKind.NO_ANSWER));
        d.unavailable = RuleDto.of(rules.rule(ForwardKind.UNAVAILABLE));
        d.extraDevices = rules.extraDevices().stream().map(DeviceDto::of).toList();
        return d;
    }
}
