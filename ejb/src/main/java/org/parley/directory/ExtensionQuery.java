package org.parley.directory;

import java.util.Objects;
import java.util.Optional;

/**
 * Which extensions to list, and in which order.
 *
 * @param number      only numbers containing this text
 * @param displayName only display names containing this text, ignoring case
 * @param sort        the order
 * @param descending  whether the order is reversed
 */
public record ExtensionQuery(Optional<String> number, Optional<String> displayName, Sort sort, boolean descending) {

    /** What extensions can be ordered by. */
    public enum Sort {
        NUMBER, DISPLAY_NAME
    }

    public ExtensionQuery {
        Objects.requireNonNull(sort, "sort");
        number = number.map(String::strip).filter(s -> !s.isEmpty());
        displayName = displayName.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Every extension, ordered by number. */
    public static ExtensionQuery all() {
        return new ExtensionQuery(Optional.empty(), Optional.empty(), Sort.NUMBER, false);
    }
}
