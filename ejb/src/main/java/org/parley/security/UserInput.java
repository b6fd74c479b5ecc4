package org.parley.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an administrator gives to create or change a console user, with its validation rules: the same for the REST
 * API and the console. The password is required on creation ({@link OnCreate}) and ignored on change (see
 * {@link UserService#resetPassword}). An empty or absent extension means "not linked".
 */
public class UserInput {

    /** Validation group of rules that apply only when creating. */
    public interface OnCreate extends Default {
    }

    @NotBlank(message = "is required")
    @Pattern(regexp = "[a-z0-9._-]{1,64}", message = "must be 1 to 64 of a-z 0-9 . _ -")
    private String username;

    @NotEmpty(message = "needs at least one role")
    private Set<@NotNull(message = "must not be empty") @Pattern(regexp = "admin|supervisor|agent",
            message = "must be admin, supervisor or agent") String> roles = new LinkedHashSet<>();

    @Pattern(regexp = "[0-9]{2,10}", message = "must be 2 to 10 digits")
    private String extension;

    private Boolean enabled;

    @NotNull(groups = OnCreate.class, message = "is required")
    @Size(groups = OnCreate.class, min = PasswordInput.MIN_LENGTH, max = PasswordInput.MAX_LENGTH,
            message = "must be " + PasswordInput.MIN_LENGTH + " to " + PasswordInput.MAX_LENGTH + " characters")
    private String password;

    public UserInput() {
    }

    public UserInput(String username, Set<String> roles, String extension, Boolean enabled, String password) {
        this.username = username;
        setRoles(roles);
        setExtension(extension);
        this.enabled = enabled;
        this.password = password;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles == null ? new LinkedHashSet<>() : new LinkedHashSet<>(roles);
    }

    public String getExtension() {
        return extension;
    }

    /** A blank extension means none. */
    public void setExtension(String extension) {
        this.extension = extension == null || extension.isBlank() ? null : extension.strip();
    }

    /** Whether the user may sign in; absent means yes on creation and "unchanged" on change. */
    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
