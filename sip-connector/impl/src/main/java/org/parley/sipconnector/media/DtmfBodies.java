package org.parley.sipconnector.media;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the key of a SIP INFO DTMF body: {@code application/dtmf-relay} ({@code Signal=5} and {@code Duration=160}
 * lines, the form Cisco and most phones send) or {@code application/dtmf} (the key alone, or its event code 0–15).
 */
public final class DtmfBodies {

    private DtmfBodies() {
    }

    /** The key the body carries; empty for another content type or a body without a valid key. */
    public static Optional<Character> digit(String contentType, String body) {
        String type = contentType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon < 0 ? type : type.substring(0, semicolon)).trim();
        if (type.equals("application/dtmf-relay")) {
            for (String line : body.split("\r?\n")) {
                int equals = line.indexOf('=');
                if (equals > 0 && line.substring(0, equals).trim().equalsIgnoreCase("signal")) {
                    return key(line.substring(equals + 1).trim());
                }
            }
            return Optional.empty();
        }
        if (type.equals("application/dtmf")) {
            return key(body.trim());
        }
        return Optional.empty();
    }

    private static Optional<Character> key(String value) {
        if (value.length() == 1 && TelephoneEvents.code(value.charAt(0)) >= 0) {
            return Optional.of(Character.toUpperCase(value.charAt(0)));
        }
        if (value.matches("1[0-5]")) {
            return Optional.of(TelephoneEvents.digit(Integer.parseInt(value)));
        }
        return Optional.empty();
    }
}
