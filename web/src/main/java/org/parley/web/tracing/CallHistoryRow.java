package org.parley.web.tracing;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.tracing.CallRecordView;
import org.parley.web.console.ConsoleTime;
import org.parley.web.console.PartyNames;

/** A call record as the console's Call history table shows it. Getters for EL. */
public final class CallHistoryRow {

    private final CallRecordView r;
    /** Names of known contacts and companies by number. */
    private final Map<String, String> known;
    private final PartyNames names;

    CallHistoryRow(CallRecordView record, Map<String, String> known, PartyNames names) {
        this.r = record;
        this.known = known;
        this.names = names;
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

    /** The contact's name (or else the name presented) and the number. */
    public String getCaller() {
        return names.label(r.callerNumber(), Optional.ofNullable(known.get(r.callerNumber())).or(r::callerName));
    }

    /** The contact's name (or else the name presented) and the number. */
    public String getCallee() {
        return names.label(r.calleeNumber(), Optional.ofNullable(known.get(r.calleeNumber())).or(r::calleeName));
    }

    public String getCallerNumber() {
        return r.callerNumber();
    }

    /** An outside caller who is no known contact or company: the console offers to create one. */
    public boolean isCallerUnknown() {
        return "INBOUND".equals(r.direction()) && !known.containsKey(r.callerNumber());
    }

    public String getAnsweredBy() {
        return r.answeredByNumber().map(names::label).orElse("");
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
        return r.endedBy().map(names::label).orElse("");
    }

    /** Forwards and transfers, one per line, e.g. {@code FORWARD 2002 — Bob → 2003 — Carol (busy)}. */
    public String getHops() {
        return r.hops().stream().map(h -> h.type() + " " + names.label(h.from()) + " → " + names.label(h.to())
                + " (" + h.reason() + ")").collect(Collectors.joining("\n"));
    }
}
