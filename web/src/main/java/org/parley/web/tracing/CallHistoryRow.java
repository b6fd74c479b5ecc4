package org.parley.web.tracing;

import java.util.stream.Collectors;
import org.parley.tracing.CallRecordView;
import org.parley.web.console.ConsoleTime;

/** A call record as the console's Call history table shows it. Getters for EL. */
public final class CallHistoryRow {

    private final CallRecordView r;

    CallHistoryRow(CallRecordView record) {
        this.r = record;
    }

    public String getId() {
        return r.id();
    }

    public String getStart() {
        return ConsoleTime.format(r.startedAt());
    }

    public String getDirection() {
        return r.direction();
    }

    public String getCaller() {
        return r.callerName().map(n -> n + " (" + r.callerNumber() + ")").orElse(r.callerNumber());
    }

    public String getCallee() {
        return r.calleeName().map(n -> n + " (" + r.calleeNumber() + ")").orElse(r.calleeNumber());
    }

    public String getAnsweredBy() {
        return r.answeredByNumber().orElse("");
    }

    public String getAnsweredDevice() {
        return r.answeredByDevice().orElse("");
    }

    public String getTrunk() {
        return r.trunk().orElse("");
    }

    public int getDurationSeconds() {
        return r.durationSeconds();
    }

    public int getTalkSeconds() {
        return r.talkSeconds();
    }

    public String getDisposition() {
        return r.disposition();
    }

    public String getEndedBy() {
        return r.endedBy().orElse("");
    }

    /** Forwards and transfers, e.g. {@code FORWARD 2002 → 2003 (busy)}. */
    public String getHops() {
        return r.hops().stream().map(h -> h.type() + " " + h.from() + " → " + h.to() + " (" + h.reason() + ")")
                .collect(Collectors.joining(", "));
    }
}
