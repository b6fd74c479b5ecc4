package org.parley.web.tracing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.tracing.CallRecordView;

/** Call records as CSV (RFC 4180, header row, UTF-8, ISO-8601 times in UTC). */
final class CdrCsv {

    static final String[] HEADER = {"id", "direction", "caller_number", "caller_name", "callee_number",
        "callee_name", "answered_by", "answered_device", "trunk", "start", "answer", "end", "duration_seconds",
        "talk_seconds", "disposition", "ended_by", "hops"};

    private CdrCsv() {
    }

    static void write(List<CallRecordView> records, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer);
            for (CallRecordView r : records) {
                csv.printRecord(r.id(), r.direction(), r.callerNumber(), text(r.callerName()), r.calleeNumber(),
                        text(r.calleeName()), text(r.answeredByNumber()), text(r.answeredByDevice()), text(r.trunk()),
                        r.startedAt(), r.answeredAt().map(Instant::toString).orElse(""), r.endedAt(),
                        r.durationSeconds(), r.talkSeconds(), r.disposition(), text(r.endedBy()), hops(r));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing call records as CSV", e);
        }
    }

    /** {@code FORWARD 2002>+33123456789 busy 2026-11-21T10:00:05Z; TRANSFER …}. */
    private static String hops(CallRecordView r) {
        return String.join("; ", r.hops().stream()
                .map(h -> h.type() + " " + h.from() + ">" + h.to() + " " + h.reason() + " " + h.at()).toList());
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }
}
