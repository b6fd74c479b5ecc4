package org.parley.test.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of a SIPp run made with {@link Sipp#traceMessages()}: SIPp's {@code -trace_msg} log read back, so
 * that a test can check the headers and bodies a SIPp phone or carrier received from Parley.
 */
public final class SippTrace {

    private static final Pattern ENTRY = Pattern.compile(
            "(?m)^(UDP|TCP) message (received|sent) (?:\\[\\d+\\] bytes :|\\(\\d+ bytes\\):)\\r?\\n\\r?\\n");

    private SippTrace() {
    }

    /** Every message SIPp received, in order. */
    public static List<SipMessageText> received(Sipp.Result run) {
        return messages(run, "received");
    }

    /** Every message SIPp sent, in order. */
    public static List<SipMessageText> sent(Sipp.Result run) {
        return messages(run, "sent");
    }

    /** The first request of {@code method} SIPp received. */
    public static SipMessageText firstRequest(Sipp.Result run, String method) {
        return received(run).stream().filter(m -> !m.isResponse() && m.firstLine().startsWith(method + " "))
                .findFirst().orElseThrow(() -> new AssertionError("SIPp received no " + method + "; see " + run.dir()));
    }

    private static List<SipMessageText> messages(Sipp.Result run, String direction) {
        String log = read(run.dir());
        List<SipMessageText> result = new ArrayList<>();
        Matcher m = ENTRY.matcher(log);
        while (m.find()) {
            if (!m.group(2).equals(direction)) {
                continue;
            }
            int start = m.end();
            int end = log.indexOf("\n-----------------------------------------------", start);
            String text = (end < 0 ? log.substring(start) : log.substring(start, end));
            text = text.replace("\r\n", "\n").replace("\n", "\r\n");
            int bodyStart = text.indexOf("\r\n\r\n");
            if (bodyStart >= 0) {
                // the log adds a blank line after each message: keep the body as long as Content-Length says
                SipMessageText head = SipMessageText.parse(text);
                int length = head.header("Content-Length").map(String::trim).map(Integer::parseInt).orElse(0);
                int bodyEnd = Math.min(text.length(), bodyStart + 4 + length);
                text = text.substring(0, bodyEnd);
            }
            result.add(SipMessageText.parse(text));
        }
        return result;
    }

    private static String read(Path dir) {
        try (var files = Files.list(dir)) {
            Path log = files.filter(f -> f.getFileName().toString().endsWith("_messages.log")).findFirst()
                    .orElseThrow(() -> new AssertionError("no SIPp message log in " + dir
                            + " (run it with traceMessages())"));
            return Files.readString(log, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
