package org.parley.sipconnector.jain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A SIP message as a test phone reads it: start line, headers in order, body. Just enough parsing to script calls. */
record SipText(String startLine, List<String[]> headers, String body, String raw) {

    private static final Pattern TAG = Pattern.compile(";\\s*tag=([^;>\\s,]+)");
    private static final Pattern BRANCH = Pattern.compile(";\\s*branch=([^;\\s,]+)");
    private static final Pattern URI = Pattern.compile("<([^>]+)>");

    static SipText parse(byte[] bytes, int length) {
        String raw = new String(bytes, 0, length, StandardCharsets.UTF_8);
        int end = raw.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no end of headers in: " + raw);
        }
        String[] lines = raw.substring(0, end).split("\r\n");
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new String[] {lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()});
        }
        return new SipText(lines[0], List.copyOf(headers), raw.substring(end + 4), raw);
    }

    boolean isRequest() {
        return !startLine.startsWith("SIP/2.0 ");
    }

    String method() {
        return isRequest() ? startLine.substring(0, startLine.indexOf(' ')) : cseqMethod();
    }

    String requestUri() {
        return startLine.split(" ")[1];
    }

    int status() {
        return isRequest() ? 0 : Integer.parseInt(startLine.split(" ")[1]);
    }

    Optional<String> header(String name) {
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                return Optional.of(h[1]);
            }
        }
        return Optional.empty();
    }

    String need(String name) {
        return header(name).orElseThrow(() -> new AssertionError("no " + name + " in " + raw));
    }

    List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name)) {
                values.add(h[1]);
            }
        }
        return values;
    }

    String callId() {
        return need("Call-ID");
    }

    long cseq() {
        return Long.parseLong(need("CSeq").trim().split("\\s+")[0]);
    }

    String cseqMethod() {
        return need("CSeq").trim().split("\\s+")[1].toUpperCase(Locale.ROOT);
    }

    String fromTag() {
        return tag(need("From"));
    }

    String toTag() {
        return tag(need("To"));
    }

    /** The branch of the top Via. */
    String branch() {
        Matcher m = BRANCH.matcher(need("Via"));
        return m.find() ? m.group(1) : "";
    }

    /** The URI inside the Contact header, if any. */
    Optional<String> contactUri() {
        return header("Contact").map(c -> {
            Matcher m = URI.matcher(c);
            return m.find() ? m.group(1) : c.split(";")[0].trim();
        });
    }

    static String tag(String headerValue) {
        Matcher m = TAG.matcher(headerValue);
        return m.find() ? m.group(1) : "";
    }

    @Override
    public String toString() {
        return startLine + " (Call-ID " + header("Call-ID").orElse("?") + ", CSeq " + header("CSeq").orElse("?") + ")";
    }
}
