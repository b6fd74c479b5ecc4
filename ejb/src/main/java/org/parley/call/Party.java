package org.parley.call;

import java.util.Objects;

/**
 * Someone on a call: an extension or an outside number.
 *
 * @param number      extension number, or E.164 for an outside party, or what was dialled when nothing matched
 * @param displayName display name, empty when unknown
 */
public record Party(String number, String displayName) {

    public Party {
        Objects.requireNonNull(number, "number");
        displayName = displayName == null ? "" : displayName;
    }

    public static Party of(String number) {
        return new Party(number, "");
    }
}
