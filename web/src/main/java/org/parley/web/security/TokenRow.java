package org.parley.web.security;

import java.io.Serializable;
import java.util.Locale;
import org.parley.security.ApiTokenStatus;
import org.parley.security.ApiTokenView;
import org.parley.web.console.ConsoleTime;

/** An API token as a row of the tokens page. Getters for EL. */
public final class TokenRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String prefix;
    private final String created;
    private final String expires;
    private final String lastUsed;
    private final ApiTokenStatus status;

    TokenRow(ApiTokenView view) {
        this.id = view.id();
        this.name = view.name();
        this.prefix = view.prefix();
        this.created = ConsoleTime.format(view.createdAt());
        this.expires = ConsoleTime.format(view.expiresAt());
        this.lastUsed = ConsoleTime.format(view.lastUsedAt(), "never");
        this.status = view.status();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getCreated() {
        return created;
    }

    public String getExpires() {
        return expires;
    }

    public String getLastUsed() {
        return lastUsed;
    }

    /** {@code active}, {@code expired} or {@code revoked}. */
    public String getStatus() {
        return status.name().toLowerCase(Locale.ROOT);
    }

    public boolean isActive() {
        return status == ApiTokenStatus.ACTIVE;
    }
}
