package org.parley.web.directory;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.parley.directory.ExtensionView;
import org.parley.forwarding.ExtraDevice;
import org.parley.registrar.RegistrationView;

/** An extension in the REST API: never carries its SIP password. */
public class ExtensionDto {

    public String number;
    public String displayName;
    /** Seconds calls to it ring before giving up. */
    public int ringSeconds;
    /**
     * Its outbound calling class: the kinds of numbers it may call directly ({@code INTERNAL}, {@code NATIONAL},
     * {@code MOBILE}, {@code PREMIUM_RATE}, {@code INTERNATIONAL}); emergency numbers are always allowed.
     */
    public List<String> outboundClass;
    public Instant createdAt;
    public Instant updatedAt;
    /** Where the extension rings: its registered SIP contacts, then its extra devices (outside numbers). */
    public List<DeviceDto> devices;

    /** A place an extension rings. */
    public static class DeviceDto {
        /** {@code sip}: a registered phone; {@code external}: an outside number ringing alongside. */
        public String type;
        /** An external device's number, E.164. */
        public String number;
        public String contact;
        public String userAgent;
        public Instant expiresAt;

        static DeviceDto of(RegistrationView r) {
            DeviceDto d = new DeviceDto();
            d.type = "sip";
            d.contact = r.contact();
            d.userAgent = r.userAgent().orElse(null);
            d.expiresAt = r.expiresAt();
            return d;
        }

        static DeviceDto of(ExtraDevice device) {
            DeviceDto d = new DeviceDto();
            d.type = "external";
            d.number = device.number();
            return d;
        }
    }

    static ExtensionDto of(ExtensionView v, List<RegistrationView> registrations, List<ExtraDevice> extraDevices) {
        ExtensionDto d = new ExtensionDto();
        d.number = v.number();
        d.displayName = v.displayName();
        d.ringSeconds = v.ringSeconds();
        d.outboundClass = v.outboundClass().stream().sorted().map(Enum::name).toList();
        d.createdAt = v.createdAt();
        d.updatedAt = v.updatedAt();
        d.devices = Stream.concat(registrations.stream().map(DeviceDto::of),
                extraDevices.stream().map(DeviceDto::of)).toList();
        return d;
    }
}
