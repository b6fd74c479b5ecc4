package org.parley.web.directory;

import java.util.Optional;
import org.parley.directory.ExtensionQuery;
import org.parley.platform.error.InvalidInputException;

/** Reads the filter and sort parameters of {@code GET /api/extensions} into an {@link ExtensionQuery}. */
final class ExtensionSorting {

    private ExtensionSorting() {
    }

    /**
     * @param sort {@code number} (the default), {@code displayName}, either with a leading {@code -} for descending
     */
    static ExtensionQuery query(String number, String displayName, String sort) {
        String s = sort == null || sort.isBlank() ? "number" : sort.strip();
        boolean descending = s.startsWith("-");
        String field = descending ? s.substring(1) : s;
        ExtensionQuery.Sort by = switch (field) {
            case "number" -> ExtensionQuery.Sort.NUMBER;
            case "displayName" -> ExtensionQuery.Sort.DISPLAY_NAME;
            default -> throw new InvalidInputException("sort", "must be number, -number, displayName or -displayName");
        };
        return new ExtensionQuery(Optional.ofNullable(number), Optional.ofNullable(displayName), by, descending);
    }
}
