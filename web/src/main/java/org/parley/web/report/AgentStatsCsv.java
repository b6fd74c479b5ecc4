package org.parley.web.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parley.queue.AgentStatistics;

/**
 * An agent's figures as CSV (RFC 4180, header row, UTF-8, ISO-8601 times in UTC, as the queue event export): one row;
 * the pause time by reason as {@code reason=seconds} pairs separated by {@code ;}.
 */
final class AgentStatsCsv {

    static final String[] HEADER = {"extension", "from", "to", "answered", "missed", "talk_seconds",
        "paused_seconds", "pause_by_reason", "connected_seconds", "occupancy_percent"};

    private AgentStatsCsv() {
    }

    static void write(AgentStatistics s, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer);
            String reasons = s.pauseSeconds().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(";"));
            csv.printRecord(s.extension(), s.from(), s.to(), s.answered(), s.missed(), s.talkSeconds(),
                    s.pausedSeconds(), reasons, s.connectedSeconds(), s.occupancy().map(String::valueOf).orElse(""));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing agent figures as CSV", e);
        }
    }
}
