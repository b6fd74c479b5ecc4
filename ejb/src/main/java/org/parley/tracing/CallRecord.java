package org.parley.tracing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.call.CallView;

/**
 * A call detail record: one per call, whatever legs it had — who called, who was called, which device answered, its
 * times and how it ended. Written once, when the call ends (or, for a call a crash interrupted, at the next start:
 * {@link #interrupted}); never changed.
 */
@Entity
@Table(name = "call_record")
public class CallRecord {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Embedded
    private CallFacts facts;

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

    /** The disposition of a call that was up when Parley stopped without ending it (a crash). */
    public static final String INTERRUPTED = "INTERRUPTED";

    protected CallRecord() {
        // for JPA
    }

    /**
     * The record of a call a crash interrupted, with what was known of it: it ends at the last fact known (its answer,
     * else its start), so its talk time is unknown (0).
     */
    public static CallRecord interrupted(CallInProgress call) {
        CallFacts f = call.facts().copy();
        CallRecord r = new CallRecord();
        r.id = call.id();
        r.facts = f;
        Instant last = f.answeredAt().orElse(f.startedAt());
        r.endedAt = utc(last);
        r.durationSeconds = (int) Math.round(Duration.between(f.startedAt(), last).toMillis() / 1000.0);
        r.talkSeconds = 0;
        r.disposition = INTERRUPTED;
        return r;
    }

    /** The record of a call that has ended. */
    public static CallRecord of(CallView call) {
        Instant ended = call.endedAt().orElseThrow(() -> new IllegalArgumentException("call " + call.id()
                + " has not ended"));
        CallRecord r = new CallRecord();
        r.id = call.id();
        r.facts = CallFacts.of(call);
        r.endedAt = utc(ended);
        r.durationSeconds = (int) Math.round(call.duration(ended).toMillis() / 1000.0);
        r.talkSeconds = (int) Math.round(call.talkTime(ended).toMillis() / 1000.0);
        r.disposition = call.disposition().orElseThrow().label();
        r.endedBy = call.endedBy().map(p -> CallFacts.cut(p.number(), 64)).orElse(null);
        call.hops().forEach(h -> r.hops.add(HopRow.of(h)));
        return r;
    }

    /** For the log: the call and when it started. */
    @Override
    public String toString() {
        return "call record " + id + " (" + facts.direction() + ", started " + facts.startedAt() + ")";
    }

    private static OffsetDateTime utc(Instant i) {
        return CallFacts.utc(i);
    }

    public String id() {
        return id;
    }

    public CallRecordView view() {
        return new CallRecordView(id, facts.direction(), facts.callerNumber(), facts.callerName(),
                facts.calleeNumber(), facts.calleeName(), facts.answeredByNumber(), facts.answeredByDevice(),
                facts.trunk(), facts.startedAt(), facts.answeredAt(), endedAt.toInstant(), durationSeconds,
                talkSeconds, disposition, Optional.ofNullable(endedBy),
                hops.stream().map(HopRow::view).toList());
    }
}
