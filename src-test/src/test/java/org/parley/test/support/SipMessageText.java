package org.parley.test.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A SIP message received by a test: its first line, headers and body, read the simple way. */
public record SipMessageText(String firstLine, List<String[]> headers, String body, String raw) {

    private static final Pattern STATUS = Pattern.compile("SIP/2\\.0 (\\d{3}) ?(.*)");

    public static SipMessageText parse(String raw) {
        int split = raw.indexOf("\r\n\r\n");
        String head = split < 0 ? raw : raw.substring(0, split);
        String body = split < 0 ? "" : raw.substring(split + 4);
        String[] lines = head.split("\r\n");
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if ((line.startsWith(" ") || line.startsWith("\t")) && !headers.isEmpty()) {
                String[] last = headers.get(headers.size() - 1);
                last[1] = last[1] + " " + line.trim();
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1).trim()});
            }
        }
        return new SipMessageText(lines[0], headers, body, raw);
    }

    public boolean isResponse() {
        return firstLine.startsWith("SIP/2.0 ");
    }

    public int status() {
        Matcher m = STATUS.matcher(firstLine);
        if (!m.matches()) {
            throw new AssertionError("not a response: " + firstLine);
        }
        return Integer.parseInt(m.group(1));
    }

    public String reason() {
        Matcher m = STATUS.matcher(firstLine);
        return m.matches() ? m.group(2) : "";
    }

    /** Every value of a header (compared without case; comma-separated values are not split). */
    public List<String> all(String name) {
        List<String> values = new ArrayList<>();
        String compact = compactForm(name);
        for (String[] h : headers) {
            if (h[0].equalsIgnoreCase(name) || (compact != null && h[0].equalsIgnoreCase(compact))) {
                values.add(h[1]);
            }
        }
        return values;
    }

    public Optional<String> header(String name) {
        List<String> values = all(name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Contact values, split at commas between addresses. */
    public List<String> contacts() {
        List<String> result = new ArrayList<>();
        for (String value : all("Contact")) {
            for (String part : value.split(",(?=\\s*<)")) {
                result.add(part.trim());
            }
        }
        return result;
    }

    private static String compactForm(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "contact" -> "m";
            case "call-id" -> "i";
            case "from" -> "f";
            case "to" -> "t";
            case "via" -> "v";
            case "content-length" -> "l";
            case "content-type" -> "c";
            case "supported" -> "k";
            default -> null;
        };
    }

    @Override
    public String toString() {
        return raw;
    }
}
