package org.parley.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * How the built-in {@code admin} user got its password at this start, for the start-up banner: generated now (first
 * start without {@code PARLEY_ADMIN_PASSWORD}: the password itself, shown once), from the variable, or kept.
 */
@ApplicationScoped
public class AdminPasswordNotice {

    private volatile String line = "admin password unchanged (set PARLEY_ADMIN_PASSWORD to reset it)";
    private volatile Optional<String> generated = Optional.empty();

    /** Records the password generated at this start; it is shown once, in the banner. */
    public void generated(String password) {
        generated = Optional.of(password);
        line = "user admin, password " + password + " (generated at this first start and shown only now; set"
                + " PARLEY_ADMIN_PASSWORD to choose it)";
    }

    /** Records that {@code PARLEY_ADMIN_PASSWORD} set the password. */
    public void fromEnvironment() {
        line = "user admin, password from PARLEY_ADMIN_PASSWORD";
    }

    /** The banner's line about the admin password. */
    public String line() {
        return line;
    }

    /** The password generated at this start, if one was. */
    public Optional<String> generatedPassword() {
        return generated;
    }
}
