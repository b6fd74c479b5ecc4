package org.parley.web.registrar;

import java.time.Instant;
import org.parley.registrar.RegistrationView;

/** A live binding in the REST API. */
public class RegistrationDto {

    public String extension;
    public String contact;
    public String transport;
    public String sourceAddress;
    public String userAgent;
    public Instant registeredAt;
    public Instant expiresAt;

    public static RegistrationDto of(RegistrationView v) {
        RegistrationDto d = new RegistrationDto();
        d.extension = v.extension();
        d.contact = v.contact();
        d.transport = v.transport();
        d.sourceAddress = v.sourceAddress();
        d.userAgent = v.userAgent().orElse(null);
        d.registeredAt = v.registeredAt();
        d.expiresAt = v.expiresAt();
        return d;
    }
}
