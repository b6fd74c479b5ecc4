package org.parley.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** One stored entry of the queue event log (see {@link QueueEventView} for its fields). Immutable once made. */
@Entity
@Table(name = "queue_event")
public class QueueEvent {

    @Id
    @SequenceGenerator(name = "queue_event_seq", sequenceName = "queue_event_seq", allocationSize = 100)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "queue_event_seq")
    private Long id;

    @Column(name = "queue_id", nullable = false)
    private long queueId;

    @Column(name = "queue_name", nullable = false, length = 64)
    private String queueName;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "event", nullable = false, length = 24)
    private QueueEventType event;

    @Column(name = "call_id", length = 36)
    private String callId;

    @Column(name = "agent", length = 32)
    private String agent;

    @Column(name = "caller", length = 64)
    private String caller;

    @Column(name = "position")
    private Integer position;

    @Column(name = "orig_position")
    private Integer origPosition;

    @Column(name = "wait_seconds")
    private Integer waitSeconds;

    @Column(name = "talk_seconds")
    private Integer talkSeconds;

    @Column(name = "ring_ms")
    private Long ringMillis;

    @Column(name = "login_seconds")
    private Integer loginSeconds;

    @Column(name = "reason", length = 100)
    private String reason;

    @Column(name = "target", length = 64)
    private String target;

    protected QueueEvent() {
        // for JPA
    }

    public static QueueEvent of(QueueEventView v) {
        QueueEvent e = new QueueEvent();
        e.queueId = v.queueId();
        e.queueName = v.queueName();
        e.occurredAt = v.at().atOffset(ZoneOffset.UTC);
        e.event = v.type();
        e.callId = v.callId().orElse(null);
        e.agent = v.agent().orElse(null);
        e.caller = v.caller().orElse(null);
        e.position = v.position().orElse(null);
        e.origPosition = v.origPosition().orElse(null);
        e.waitSeconds = v.waitSeconds().orElse(null);
        e.talkSeconds = v.talkSeconds().orElse(null);
        e.ringMillis = v.ringMillis().orElse(null);
        e.loginSeconds = v.loginSeconds().orElse(null);
        e.reason = v.reason().map(r -> r.length() > 100 ? r.substring(0, 100) : r).orElse(null);
        e.target = v.target().map(t -> t.length() > 64 ? t.substring(0, 64) : t).orElse(null);
        return e;
    }

    public QueueEventView view() {
        return new QueueEventView(queueId, queueName, occurredAt.toInstant(), event, Optional.ofNullable(callId),
                Optional.ofNullable(agent), Optional.ofNullable(caller), Optional.ofNullable(position),
                Optional.ofNullable(origPosition), Optional.ofNullable(waitSeconds), Optional.ofNullable(talkSeconds),
                Optional.ofNullable(ringMillis), Optional.ofNullable(loginSeconds), Optional.ofNullable(reason),
                Optional.ofNullable(target));
    }

    public Instant occurredAt() {
        return occurredAt.toInstant();
    }

    /** For the log: which event of which queue and call, when. */
    @Override
    public String toString() {
        return "queue event " + event + " of queue " + queueName + " (call " + callId + ", agent " + agent + ") at "
                + occurredAt;
    }
}
