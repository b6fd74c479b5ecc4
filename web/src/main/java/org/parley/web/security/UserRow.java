package org.parley.web.security;

import java.io.Serializable;
import java.util.List;
import org.parley.security.Role;
import org.parley.security.UserView;
import org.parley.web.console.ConsoleTime;

/** A console user as a row of the users page. Getters for EL. */
public final class UserRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final List<String> roles;
    private final boolean enabled;
    private final String extension;
    private final String created;

    UserRow(UserView view) {
        this.username = view.username();
        this.roles = view.roles().stream().map(Role::roleName).sorted().toList();
        this.enabled = view.enabled();
        this.extension = view.extension().orElse("");
        this.created = ConsoleTime.format(view.createdAt());
    }

    public String getUsername() {
        return username;
    }

    public List<String> getRoles() {
        return roles;
    }

    /** The roles as one text, e.g. {@code admin, agent}. */
    public String getRoleList() {
        return String.join(", ", roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** The linked extension, or an empty text. */
    public String getExtension() {
        return extension;
    }

    public String getCreated() {
        return created;
    }
}
