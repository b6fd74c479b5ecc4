package org.parley.tracing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.parley.call.CallView;
import org.parley.call.LegView;
import org.parley.call.Party;

/**
 * What is known of a call from its start and its answer: who called whom, through which trunk, who answered on which
 * device and when. Shared by a {@link CallRecord} and a {@link CallInProgress} (same columns in both tables).
 */
@Embeddable
public class CallFacts {

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

    protected CallFacts() {
        // for JPA
    }

    /** What is known of {@code call} now. */
    static CallFacts of(CallView call) {
        CallFacts f = new CallFacts();
        f.direction = call.direction().name();
        f.callerNumber = cut(call.caller().number(), 64);
        f.callerName = name(call.caller());
        f.calleeNumber = cut(call.callee().number(), 64);
        f.calleeName = name(call.callee());
        f.answeredByNumber = call.answeredBy().map(l -> cut(l.party().number(), 64)).orElse(null);
        f.answeredByDevice = call.answeredBy().map(LegView::device).map(d -> cut(d, 1024)).orElse(null);
        f.trunk = call.trunk().orElse(null);
        f.startedAt = utc(call.createdAt());
        f.answeredAt = call.answeredAt().map(CallFacts::utc).orElse(null);
        return f;
    }

    /** The same facts, for another entity (an embeddable belongs to one). */
    CallFacts copy() {
        CallFacts f = new CallFacts();
        f.direction = direction;
        f.callerNumber = callerNumber;
        f.callerName = callerName;
        f.calleeNumber = calleeNumber;
        f.calleeName = calleeName;
        f.answeredByNumber = answeredByNumber;
        f.answeredByDevice = answeredByDevice;
        f.trunk = trunk;
        f.startedAt = startedAt;
        f.answeredAt = answeredAt;
        return f;
    }

    private static String name(Party p) {
        return p.displayName().isBlank() ? null : cut(p.displayName(), 100);
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    String direction() {
        return direction;
    }

    String callerNumber() {
        return callerNumber;
    }

    Optional<String> callerName() {
        return Optional.ofNullable(callerName);
    }

    String calleeNumber() {
        return calleeNumber;
    }

    Optional<String> calleeName() {
        return Optional.ofNullable(calleeName);
    }

    Optional<String> answeredByNumber() {
        return Optional.ofNullable(answeredByNumber);
    }

    Optional<String> answeredByDevice() {
        return Optional.ofNullable(answeredByDevice);
    }

    Optional<String> trunk() {
        return Optional.ofNullable(trunk);
    }

    Instant startedAt() {
        return startedAt.toInstant();
    }

    Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt).map(OffsetDateTime::toInstant);
    }
}
