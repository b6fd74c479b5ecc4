package org.parley.platform.error;

import java.util.Objects;

/**
 * One reason an input was refused.
 *
 * @param field   the input field, as the client named it (e.g. {@code number})
 * @param message what is wrong with it, for a person
 */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
