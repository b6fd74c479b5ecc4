package org.parley.sip;

import java.util.Locale;
import java.util.Optional;
import org.parley.sipconnector.DialogKey;

/** Reads a Replaces value (RFC 3891 §6.1): {@code call-id;to-tag=…;from-tag=…[;early-only]}. */
final class ReplacesHeader {

    private ReplacesHeader() {
    }

    /** The dialog it names; empty when the Call-ID or either tag is missing. */
    static Optional<DialogKey> parse(String value) {
        String[] parts = value.split(";");
        String callId = parts[0].trim();
        String toTag = "";
        String fromTag = "";
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            int eq = p.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            if (name.equals("to-tag")) {
                toTag = p.substring(eq + 1).trim();
            } else if (name.equals("from-tag")) {
                fromTag = p.substring(eq + 1).trim();
            }
        }
        if (callId.isEmpty() || toTag.isEmpty() || fromTag.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DialogKey(callId, fromTag, toTag));
    }
}
