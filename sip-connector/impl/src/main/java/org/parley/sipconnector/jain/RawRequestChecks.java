package org.parley.sipconnector.jain;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.sipconnector.SipResponseSpec;

/**
 * What JAIN-SIP's lenient parser lets through although RFC 3261 / RFC 5118 refuse it, judged on the bytes received
 * (the parsed message no longer shows it): a request line with extra white space (RFC 4475 §3.1.2.9/10
 * {@code lwsstart}, {@code trws}), headers in a SIP Request-URI (§3.1.2.11 {@code escruri}), malformed From and To
 * values (see {@link #badAddress}), a SIP version other than 2.0 (JAIN-SIP reads every version as SIP/2.0;
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

    private static final Pattern HEAD_END = Pattern.compile("\r?\n\r?\n");
    private static final Pattern LEADING_LINE_ENDS = Pattern.compile("^[\r\n]+");
    /** RFC 3261 §25.1: Method SP Request-URI SP SIP-Version, one space each, nothing before or after. */
    private static final Pattern REQUEST_LINE = Pattern.compile("[^ \\t]+ [^ \\t]+ [^ \\t]+");
    /** Headers holding name-addrs or addr-specs (RFC 3261 §20.10, §20.20, §20.39), by lower-case name. */
    private static final Set<String> ADDRESSES = Set.of("from", "f", "to", "t", "contact", "m");
    private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    /** token and linear white space (RFC 3261 §25.1), what an unquoted display name may hold. */
    private static final Pattern TOKENS = Pattern.compile("[A-Za-z0-9\\-.!%*_+`'~ \\t]*");

    private RawRequestChecks() {
    }

    /** The refusal a request received as {@code bytes} deserves, if any. */
    static Optional<SipResponseSpec> refusalOf(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        // JAIN-SIP's TCP reader hands over lines ended by LF alone, its UDP reader the datagram as received
        String[] lines = HEAD_END.split(LEADING_LINE_ENDS.matcher(text).replaceFirst(""), 2)[0].split("\r?\n");
        String[] requestLine = lines[0].trim().split("[ \\t]+");
        if (requestLine.length >= 3 && !requestLine[requestLine.length - 1].equalsIgnoreCase("SIP/2.0")) {
            return Optional.of(SipResponseSpec.status(505).build());
        }
        if (!REQUEST_LINE.matcher(lines[0]).matches()) {
            return refusal("request line not Method SP Request-URI SP SIP-Version");
        }
        if (isSipUri(requestLine[1]) && hostPart(requestLine[1]).contains("?")) {
            return refusal("headers in the Request-URI");
        }
        if (hasBadIpv6Host(requestLine[1])) {
            return refusal("malformed IPv6 reference in the Request-URI");
        }
        Map<String, String> seen = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0 || Character.isWhitespace(lines[i].charAt(0))) {
                continue;
            }
            String header = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String name = SINGLE_VALUE.get(header);
            String named = name != null ? name : header;
            if (name != null && seen.put(name, name) != null) {
                return refusal("more than one " + name);
            }
            Optional<String> badAddress = ADDRESSES.contains(header)
                    ? badAddress(lines[i].substring(colon + 1)) : Optional.empty();
            if (badAddress.isPresent()) {
                return refusal(badAddress.get() + " in " + named);
            }
        }
        return Optional.empty();
    }

    /**
     * What is wrong with a From, To or Contact value: an addr-spec with headers outside angle brackets (RFC 4475 §3.1.2.13
     * {@code regbadct}), white space just inside the brackets (§3.1.2.14 {@code badaspec}), or a display name neither
     * quoted nor made of tokens (§3.1.2.15 {@code baddn}).
     */
    private static Optional<String> badAddress(String value) {
        String unquoted = QUOTED.matcher(value).replaceAll("\"\"");
        int open = unquoted.indexOf('<');
        if (open < 0) {
            return hostPart(unquoted).contains("?") ? Optional.of("a URI with headers outside <>") : Optional.empty();
        }
        if (unquoted.matches("(?s).*(<[ \\t]|[ \\t]>).*")) {
            return Optional.of("white space inside <>");
        }
        String display = unquoted.substring(0, open).trim();
        return display.startsWith("\"") || TOKENS.matcher(display).matches()
                ? Optional.empty() : Optional.of("a display name neither quoted nor tokens");
    }

    /** What follows the user part (where {@code ?} may appear unescaped, RFC 3261 §25.1 user-unreserved). */
    private static String hostPart(String uri) {
        return uri.substring(uri.lastIndexOf('@') + 1);
    }

    private static boolean isSipUri(String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        return lower.startsWith("sip:") || lower.startsWith("sips:");
    }

    /** An IPv6 host without brackets (RFC 5118 §4.1) or with three colons in a row (§4.4). */
    private static boolean hasBadIpv6Host(String uri) {
        if (!isSipUri(uri)) {
            return false;
        }
        String rest = uri.substring(uri.indexOf(':') + 1);
        rest = hostPart(rest);
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
