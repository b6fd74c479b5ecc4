package org.parley.tracing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.call.CallView;
import org.parley.call.LegView;
import org.parley.call.Party;

/**
 * A call detail record: one per call, whatever legs it had — who called, who was called, which device answered, its
 * times and how it ended. Written once, when the call ends; never changed.
 */
@Entity
@Table(name = "call_record")
public class CallRecord {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "direction", nullable = false, length = 16)
    private String direction;

    @Column(name = "caller_number", nullable = false, length = 64)
    private String callerNumber;

    @Column(name = "caller_name", length = 100)
    private String callerName;

    @Column(name = "callee_number", nullable = false, length = 64)
    private String calleeNumber;

    @Column(name = "callee_name", length = 100)
    private String calleeName;

    @Column(name = "answered_by_number", length = 64)
    private String answeredByNumber;

    @Column(name = "answered_by_device", length = 1024)
    private String answeredByDevice;

    @Column(name = "trunk", length = 32)
    private String trunk;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Column(name = "ended_at", nullable = false)
    private OffsetDateTime endedAt;

    @Column(name = "duration_seconds", nullable = false)
    private int durationSeconds;

    @Column(name = "talk_seconds", nullable = false)
    private int talkSeconds;

    @Column(name = "disposition", nullable = false, length = 16)
    private String disposition;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_record_hop", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "seq")
    private List<HopRow> hops = new ArrayList<>();

    protected CallRecord() {
        // for JPA
    }

    /** The record of a call that has ended. */
    public static CallRecord of(CallView call) {
        Instant ended = call.endedAt().orElseThrow(() -> new IllegalArgumentException("call " + call.id()
                + " has not ended"));
        CallRecord r = new CallRecord();
        r.id = call.id();
        r.direction = call.direction().name();
        r.callerNumber = cut(call.caller().number(), 64);
        r.callerName = name(call.caller());
        r.calleeNumber = cut(call.callee().number(), 64);
        r.calleeName = name(call.callee());
        r.answeredByNumber = call.answeredBy().map(l -> cut(l.party().number(), 64)).orElse(null);
        r.answeredByDevice = call.answeredBy().map(LegView::device).map(d -> cut(d, 1024)).orElse(null);
        r.trunk = call.trunk().orElse(null);
        r.startedAt = utc(call.createdAt());
        r.answeredAt = call.answeredAt().map(CallRecord::utc).orElse(null);
        r.endedAt = utc(ended);
        r.durationSeconds = (int) Math.round(call.duration(ended).toMillis() / 1000.0);
        r.talkSeconds = (int) Math.round(call.talkTime(ended).toMillis() / 1000.0);
        r.disposition = call.disposition().orElseThrow().label();
        r.endedBy = call.endedBy().map(p -> cut(p.number(), 64)).orElse(null);
        call.hops().forEach(h -> r.hops.add(HopRow.of(h)));
        return r;
    }

    /** For the log: the call and when it started. */
    @Override
    public String toString() {
        return "call record " + id + " (" + direction + ", started " + startedAt + ")";
    }

    private static String name(Party p) {
        return p.displayName().isBlank() ? null : cut(p.displayName(), 100);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    public String id() {
        return id;
    }

    public CallRecordView view() {
        return new CallRecordView(id, direction, callerNumber, Optional.ofNullable(callerName), calleeNumber,
                Optional.ofNullable(calleeName), Optional.ofNullable(answeredByNumber),
                Optional.ofNullable(answeredByDevice), Optional.ofNullable(trunk), startedAt.toInstant(),
                Optional.ofNullable(answeredAt).map(OffsetDateTime::toInstant), endedAt.toInstant(), durationSeconds,
                talkSeconds, disposition, Optional.ofNullable(endedBy),
                hops.stream().map(HopRow::view).toList());
    }
}
