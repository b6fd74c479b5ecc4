package org.parley.web.trunk;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.trunk.TrunkDetails;
import org.parley.trunk.TrunkRegistration;

/** A trunk in the REST API: whether it has a password, never the password. */
public class TrunkDto {

    public String name;
    public String host;
    public int port;
    public String transport;
    public String username;
    /** Whether a password is stored (the password itself is write-only). */
    public boolean hasPassword;
    public String callerIdNumber;
    public boolean register;
    public int registerExpires;
    public List<String> allowedSources;
    public boolean enabled;
    /** Where Parley's registration at the carrier stands. */
    public RegistrationDto registration;
    public Instant createdAt;
    public Instant updatedAt;

    /** The live state of the outbound registration. */
    public static class RegistrationDto {
        /** {@code off}, {@code pending}, {@code registered}, {@code failed} or {@code unavailable}. */
        public String state;
        /** The carrier's last final answer, when there is one. */
        public Integer statusCode;
        public String reason;
        /** When it entered this state. */
        public Instant since;

        static RegistrationDto of(Optional<TrunkRegistration> registration) {
            RegistrationDto d = new RegistrationDto();
            d.state = registration.map(r -> r.state().name().toLowerCase(Locale.ROOT)).orElse("off");
            registration.ifPresent(r -> {
                d.statusCode = r.statusCode().isPresent() ? r.statusCode().getAsInt() : null;
                d.reason = r.reason().orElse(null);
                d.since = r.since();
            });
            return d;
        }
    }

    static TrunkDto of(TrunkDetails t, Optional<TrunkRegistration> registration) {
        TrunkDto d = new TrunkDto();
        d.name = t.name();
        d.host = t.host();
        d.port = t.port();
        d.transport = t.transport();
        d.username = t.username().orElse(null);
        d.hasPassword = t.hasPassword();
        d.callerIdNumber = t.callerIdNumber().orElse(null);
        d.register = t.register();
        d.registerExpires = t.registerExpires();
        d.allowedSources = t.allowedSources();
        d.enabled = t.enabled();
        d.registration = RegistrationDto.of(registration);
        d.createdAt = t.createdAt();
        d.updatedAt = t.updatedAt();
        return d;
    }
}
