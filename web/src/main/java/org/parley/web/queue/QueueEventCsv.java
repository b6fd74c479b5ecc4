package org.parley.web.queue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.queue.QueueEventView;

/** Queue events as CSV (RFC 4180, header row, UTF-8, ISO-8601 times in UTC). */
final class QueueEventCsv {

    static final String[] HEADER = {"time", "queue", "call_id", "agent", "event", "label", "caller", "position",
        "orig_position", "wait_seconds", "talk_seconds", "ring_ms", "login_seconds", "reason", "target"};

    private QueueEventCsv() {
    }

    static void write(List<QueueEventView> events, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer);
            for (QueueEventView e : events) {
                csv.printRecord(e.at(), e.queueName(), text(e.callId()), text(e.agent()), e.type().name(),
                        e.type().label(), text(e.caller()), text(e.position()), text(e.origPosition()),
                        text(e.waitSeconds()), text(e.talkSeconds()), text(e.ringMillis()), text(e.loginSeconds()),
                        text(e.reason()), text(e.target()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing queue events as CSV", e);
        }
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse("");
    }
}
