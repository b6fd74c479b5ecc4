package org.parley.sipconnector.jain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** A SIP response as a test client received it, parsed just enough to assert on. */
record TestResponse(int statusCode, String reasonPhrase, Map<String, List<String>> headers, String body, String raw) {

    /** A status line as RFC 3261 §25.1 has it: version, three digits, a reason phrase without CR or LF. */
    private static final Pattern STATUS_LINE = Pattern.compile("SIP/2\\.0 [1-6][0-9]{2} [^\\r\\n]*");

    /** Parses strictly: every line ends with CRLF, as a phone's parser would insist. */
    static TestResponse parse(byte[] bytes, int length) {
        String raw = new String(bytes, 0, length, StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no end of headers in: " + raw);
        }
        String head = raw.substring(0, end);
        String body = raw.substring(end + 4);
        if (head.replace("\r\n", "").indexOf('\n') >= 0 || head.replace("\r\n", "").indexOf('\r') >= 0) {
            throw new AssertionError("a bare CR or LF in the header block of: " + raw);
        }
        String[] lines = head.split("\r\n");
        if (!STATUS_LINE.matcher(lines[0]).matches()) {
            throw new AssertionError("not a SIP status line: " + lines[0]);
        }
        String[] status = lines[0].split(" ", 3);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0) {
                throw new AssertionError("not a header line: " + lines[i]);
            }
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        return new TestResponse(Integer.parseInt(status[1]), status.length > 2 ? status[2] : "", headers, body, raw);
    }

    Optional<String> header(String name) {
        List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    boolean isFinal() {
        return statusCode >= 200;
    }
}
