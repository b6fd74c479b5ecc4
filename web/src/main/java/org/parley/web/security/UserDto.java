package org.parley.web.security;

import java.time.Instant;
import java.util.List;
import org.parley.security.Role;
import org.parley.security.UserView;

/** A console user in the REST API: never carries a password. */
public class UserDto {

    public String username;
    public List<String> roles;
    public boolean enabled;
    /** The extension the user answers on, or null. */
    public String extension;
    public Instant createdAt;

    static UserDto of(UserView v) {
        UserDto d = new UserDto();
        d.username = v.username();
        d.roles = v.roles().stream().map(Role::roleName).sorted().toList();
        d.enabled = v.enabled();
        d.extension = v.extension().orElse(null);
        d.createdAt = v.createdAt();
        return d;
    }
}
