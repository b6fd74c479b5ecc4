package org.parley.sipconnector.jain;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.sipconnector.SipResponseSpec;

/**
 * What JAIN-SIP's lenient parser lets through although RFC 3261 / RFC 5118 refuse it, judged on the bytes received
 * (the parsed message no longer shows it): a SIP version other than 2.0 (JAIN-SIP reads every version as SIP/2.0;
 * RFC 4475 §3.1.2.7 {@code badvers} → 505), a single-value header given more than once (JAIN-SIP keeps the first;
 * §3.1.2.10 {@code mcl01}, §3.3.11 {@code multi01} → 400), and an IPv6 Request-URI host without brackets (RFC 5118
 * §4.1 {@code ipv6-bad}) or with three colons in a row (§4.4 {@code ipv6-bug-abnf-3-colons}) → 400. The answer goes out through the request's own server transaction.
 */
final class RawRequestChecks {

    /** Headers RFC 3261 §7.3.1 allows once only (long and compact forms), by lower-case name. */
    private static final Map<String, String> SINGLE_VALUE = Map.ofEntries(
            Map.entry("call-id", "Call-ID"), Map.entry("i", "Call-ID"),
            Map.entry("from", "From"), Map.entry("f", "From"),
            Map.entry("to", "To"), Map.entry("t", "To"),
            Map.entry("cseq", "CSeq"),
            Map.entry("max-forwards", "Max-Forwards"),
            Map.entry("content-length", "Content-Length"), Map.entry("l", "Content-Length"),
            Map.entry("content-type", "Content-Type"), Map.entry("c", "Content-Type"));

    private RawRequestChecks() {
    }

    /** The refusal a request received as {@code bytes} deserves, if any. */
    static Optional<SipResponseSpec> refusalOf(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int headEnd = text.indexOf("\r\n\r\n");
        String[] lines = (headEnd < 0 ? text : text.substring(0, headEnd)).split("\r\n");
        String[] requestLine = lines[0].trim().split("[ \\t]+");
        if (requestLine.length >= 3 && !requestLine[requestLine.length - 1].equalsIgnoreCase("SIP/2.0")) {
            return Optional.of(SipResponseSpec.status(505).build());
        }
        if (requestLine.length >= 2 && hasBadIpv6Host(requestLine[1])) {
            return refusal("malformed IPv6 reference in the Request-URI");
        }
        Map<String, String> seen = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0 || Character.isWhitespace(lines[i].charAt(0))) {
                continue;
            }
            String name = SINGLE_VALUE.get(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT));
            if (name != null && seen.put(name, name) != null) {
                return refusal("more than one " + name);
            }
        }
        return Optional.empty();
    }

    /** An IPv6 host without brackets (RFC 5118 §4.1) or with three colons in a row (§4.4). */
    private static boolean hasBadIpv6Host(String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("sip:") && !lower.startsWith("sips:")) {
            return false;
        }
        String rest = uri.substring(uri.indexOf(':') + 1);
        rest = rest.substring(rest.lastIndexOf('@') + 1);
        int end = indexOfAny(rest, ";?>");
        String hostPort = end < 0 ? rest : rest.substring(0, end);
        return hostPort.contains(":::")
                || !hostPort.startsWith("[") && hostPort.chars().filter(c -> c == ':').count() >= 2;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<SipResponseSpec> refusal(String why) {
        return Optional.of(SipResponseSpec.status(400).reason(ReasonPhrases.of(400, why)).build());
    }
}
