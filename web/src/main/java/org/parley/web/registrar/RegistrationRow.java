package org.parley.web.registrar;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.parley.registrar.RegistrationView;

/** A live binding as a row of the console's table. Getters for EL. */
public final class RegistrationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String extension;
    private final String contact;
    private final String transport;
    private final String sourceAddress;
    private final String userAgent;
    private final long expiresInSeconds;

    RegistrationRow(RegistrationView view, Instant now) {
        this.extension = view.extension();
        this.contact = view.contact();
        this.transport = view.transport();
        this.sourceAddress = view.sourceAddress();
        this.userAgent = view.userAgent().orElse("");
        this.expiresInSeconds = Math.max(0, Duration.between(now, view.expiresAt()).toSeconds());
    }

    public String getExtension() {
        return extension;
    }

    public String getContact() {
        return contact;
    }

    public String getTransport() {
        return transport;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    /** Seconds until the binding lapses unless the phone refreshes it (for sorting). */
    public long getExpiresInSeconds() {
        return expiresInSeconds;
    }

    /** The same, for people: {@code 45 s}, {@code 12 min 5 s}, {@code 1 h 0 min}. */
    public String getExpiresIn() {
        long h = expiresInSeconds / 3600;
        long min = expiresInSeconds % 3600 / 60;
        long s = expiresInSeconds % 60;
        if (h > 0) {
            return h + " h " + min + " min";
        }
        return min > 0 ? min + " min " + s + " s" : s + " s";
    }
}
