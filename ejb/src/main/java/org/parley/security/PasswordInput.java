package org.parley.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password for a console user, with its rules. */
public class PasswordInput {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    @NotNull(message = "is required")
    @Size(min = MIN_LENGTH, max = MAX_LENGTH, message = "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters")
    private String password;

    public PasswordInput() {
    }

    public PasswordInput(String password) {
        this.password = password;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
