package org.parley.web.security;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.parley.security.PasswordInput;
import org.parley.security.UserInput;

/** What the user dialogs edit: plain values, checked by the service (the same rules as the REST API). */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean editing;
    private String username;
    private List<String> roles = new ArrayList<>();
    private String extension;
    private boolean enabled = true;
    private String password;

    private UserForm(boolean editing) {
        this.editing = editing;
    }

    static UserForm empty() {
        return new UserForm(false);
    }

    static UserForm of(UserRow row) {
        UserForm form = new UserForm(true);
        form.username = row.getUsername();
        form.roles = new ArrayList<>(row.getRoles());
        form.extension = row.getExtension();
        form.enabled = row.isEnabled();
        return form;
    }

    /** For changing the password of an existing user only. */
    static UserForm forPassword(UserRow row) {
        UserForm form = of(row);
        form.password = null;
        return form;
    }

    UserInput toInput() {
        String name = username == null ? null : username.strip();
        String newPassword = editing ? null : blankToNull(password);
        return new UserInput(name, new LinkedHashSet<>(roles), extension, enabled, newPassword);
    }

    PasswordInput toPasswordInput() {
        return new PasswordInput(blankToNull(password));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Whether an existing user is being changed (the user name is then fixed). */
    public boolean isEditing() {
        return editing;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
