package org.parley.sip;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The target of a REFER, read from its Refer-To (RFC 3515 §2.1): a name-addr or addr-spec whose URI's user part is
 * the number to call ({@code sip:2003@pbx}, {@code tel:+33123456789}), and the Replaces header it may embed for an
 * attended transfer (RFC 3891 §3: {@code ?Replaces=call-id%3Bto-tag%3D…%3Bfrom-tag%3D…}).
 *
 * @param user     the number, unescaped
 * @param replaces the Replaces value, unescaped, when present
 */
record ReferTarget(String user, Optional<String> replaces) {

    static Optional<ReferTarget> parse(String referTo) {
        String value = referTo.trim();
        String uri;
        int open = value.indexOf('<');
        if (open >= 0) {
            int close = value.indexOf('>', open);
            if (close < 0) {
                return Optional.empty();
            }
            uri = value.substring(open + 1, close);
        } else {
            int semicolon = value.indexOf(';');
            uri = semicolon >= 0 ? value.substring(0, semicolon) : value;
        }
        String headers = "";
        int question = uri.indexOf('?');
        if (question >= 0) {
            headers = uri.substring(question + 1);
            uri = uri.substring(0, question);
        }
        String lower = uri.toLowerCase(Locale.ROOT);
        String user;
        if (lower.startsWith("sip:") || lower.startsWith("sips:")) {
            String rest = uri.substring(uri.indexOf(':') + 1);
            int at = rest.indexOf('@');
            if (at <= 0) {
                return Optional.empty();
            }
            user = rest.substring(0, at);
            int param = user.indexOf(';');
            user = param >= 0 ? user.substring(0, param) : user;
        } else if (lower.startsWith("tel:")) {
            user = uri.substring(4);
            int param = user.indexOf(';');
            user = param >= 0 ? user.substring(0, param) : user;
        } else {
            return Optional.empty();
        }
        user = unescape(user).trim();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReferTarget(user, replacesOf(headers)));
    }

    private static Optional<String> replacesOf(String headers) {
        for (String header : headers.split("&")) {
            int eq = header.indexOf('=');
            if (eq > 0 && header.substring(0, eq).equalsIgnoreCase("Replaces")) {
                return Optional.of(unescape(header.substring(eq + 1)));
            }
        }
        return Optional.empty();
    }

    private static String unescape(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
