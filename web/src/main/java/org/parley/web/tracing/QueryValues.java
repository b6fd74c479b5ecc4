package org.parley.web.tracing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.parley.platform.error.InvalidInputException;

/** Reads optional query parameters of the tracing resources, refusing a bad value with a 400 naming it. */
final class QueryValues {

    private QueryValues() {
    }

    static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    static Optional<Boolean> bool(String field, String value) {
        return text(value).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(field, "must be true or false");
        });
    }

    static Optional<Long> id(String field, String value) {
        return text(value).map(v -> {
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new InvalidInputException(field, "must be an id (a whole number)");
            }
        });
    }

    static <E extends Enum<E>> Optional<E> oneOf(String field, String value, Class<E> type) {
        return text(value).map(v -> {
            try {
                return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(field, "must be one of " + java.util.Arrays.toString(
                        type.getEnumConstants()).replaceAll("[\\[\\]]", ""));
            }
        });
    }

    /** {@code today} (in Parley's time zone) or a date {@code YYYY-MM-DD}. */
    static Optional<LocalDate> day(String field, String value, LocalDate today) {
        return text(value).map(v -> {
            if (v.equalsIgnoreCase("today")) {
                return today;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field, "must be today or a date YYYY-MM-DD");
            }
        });
    }
}
