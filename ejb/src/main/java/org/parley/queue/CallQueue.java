package org.parley.queue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A call queue as configured: its numbers, strategy, timings, what happens when no agent is there, and its agents in
 * order. Guards its own rules (times not negative, a ring time of at least one second, an agent listed once, numbers
 * all different); what lives while calls wait is in {@link QueueSettings} and the dispatcher.
 */
@Entity
@Table(name = "call_queue")
public class CallQueue {

    @Id
    @SequenceGenerator(name = "call_queue_seq", sequenceName = "call_queue_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "call_queue_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 64)
    private String name;

    @Column(name = "extension_number", nullable = false, length = 32)
    private String extension;

    @Enumerated(EnumType.STRING)
    @Column(name = "strategy", nullable = false, length = 16)
    private Strategy strategy;

    @Column(name = "max_wait_seconds", nullable = false)
    private int maxWaitSeconds;

    @Column(name = "fallback_extension", length = 32)
    private String fallback;

    @Column(name = "agent_ring_seconds", nullable = false)
    private int agentRingSeconds;

    @Column(name = "retry_seconds", nullable = false)
    private int retrySeconds;

    @Column(name = "wrap_up_seconds", nullable = false)
    private int wrapUpSeconds;

    @Column(name = "max_callers", nullable = false)
    private int maxCallers;

    @Column(name = "service_level_seconds", nullable = false)
    private int serviceLevelSeconds;

    @Column(name = "waiting_amber")
    private Integer waitingAmber;

    @Column(name = "waiting_red")
    private Integer waitingRed;

    @Column(name = "longest_wait_amber_seconds")
    private Integer longestWaitAmber;

    @Column(name = "longest_wait_red_seconds")
    private Integer longestWaitRed;

    @Column(name = "service_level_amber_percent")
    private Integer serviceLevelAmber;

    @Column(name = "service_level_red_percent")
    private Integer serviceLevelRed;

    @Column(name = "abandon_rate_amber_percent")
    private Integer abandonRateAmber;

    @Column(name = "abandon_rate_red_percent")
    private Integer abandonRateRed;

    @Column(name = "join_when_empty", nullable = false)
    private boolean joinWhenEmpty;

    @Column(name = "leave_when_empty", nullable = false)
    private boolean leaveWhenEmpty;

    @Column(name = "connection_number", length = 32)
    private String connectionNumber;

    @Column(name = "disconnection_number", length = 32)
    private String disconnectionNumber;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "call_queue_member", joinColumns = @JoinColumn(name = "queue_id"))
    @OrderColumn(name = "member_order")
    private List<QueueMember> members = new ArrayList<>();

    @Column(name = "music_class", nullable = false, length = 64)
    private String musicClass = CallerAudio.DEFAULT.musicClass();

    @Column(name = "entry_announcement", length = 64)
    private String announcement;

    @Column(name = "announce_position", nullable = false)
    private boolean announcePosition;

    @Column(name = "announce_hold_time", nullable = false)
    private boolean announceHoldTime;

    @Column(name = "announce_frequency_seconds", nullable = false)
    private int announceFrequencySeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "ringing_mode", nullable = false, length = 16)
    private CallerAudio.RingingMode ringingMode = CallerAudio.RingingMode.MUSIC;

    @Column(name = "callback_enabled", nullable = false)
    private boolean callbackEnabled;

    @Column(name = "callback_key", nullable = false, length = 1)
    private String callbackKey = String.valueOf(QueueCallback.OFF.key());

    @Column(name = "callback_offer_after_seconds", nullable = false)
    private int callbackOfferAfterSeconds = (int) QueueCallback.OFF.offerAfter().toSeconds();

    @Column(name = "callback_retries", nullable = false)
    private int callbackRetries = QueueCallback.OFF.retries();

    @Column(name = "callback_retry_delay_seconds", nullable = false)
    private int callbackRetryDelaySeconds = (int) QueueCallback.OFF.retryDelay().toSeconds();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected CallQueue() {
        // for JPA
    }

    public CallQueue(QueueDefinition definition, Instant now) {
        this.createdAt = utc(now);
        define(definition, now);
    }

    /** Replaces the whole configuration. */
    public void define(QueueDefinition d, Instant now) {
        Objects.requireNonNull(d, "definition");
        this.name = d.name();
        this.extension = d.extension();
        this.strategy = d.strategy();
        this.maxWaitSeconds = d.maxWaitSeconds();
        this.fallback = d.fallback().orElse(null);
        this.agentRingSeconds = d.agentRingSeconds();
        this.retrySeconds = d.retrySeconds();
        this.wrapUpSeconds = d.wrapUpSeconds();
        this.maxCallers = d.maxCallers();
        this.serviceLevelSeconds = d.serviceLevelSeconds();
        this.joinWhenEmpty = d.joinWhenEmpty();
        this.leaveWhenEmpty = d.leaveWhenEmpty();
        this.connectionNumber = d.connectionNumber().orElse(null);
        this.disconnectionNumber = d.disconnectionNumber().orElse(null);
        QueueThresholds t = d.thresholds();
        this.waitingAmber = t.waiting().amberOrNull();
        this.waitingRed = t.waiting().redOrNull();
        this.longestWaitAmber = t.longestWaitSeconds().amberOrNull();
        this.longestWaitRed = t.longestWaitSeconds().redOrNull();
        this.serviceLevelAmber = t.serviceLevelPercent().amberOrNull();
        this.serviceLevelRed = t.serviceLevelPercent().redOrNull();
        this.abandonRateAmber = t.abandonRatePercent().amberOrNull();
        this.abandonRateRed = t.abandonRatePercent().redOrNull();
        CallerAudio audio = d.audio();
        this.musicClass = audio.musicClass();
        this.announcement = audio.announcement().orElse(null);
        this.announcePosition = audio.announcePosition();
        this.announceHoldTime = audio.announceHoldTime();
        this.announceFrequencySeconds = (int) audio.announceFrequency().toSeconds();
        this.ringingMode = audio.ringingMode();
        QueueCallback cb = d.callback();
        this.callbackEnabled = cb.enabled();
        this.callbackKey = String.valueOf(cb.key());
        this.callbackOfferAfterSeconds = (int) cb.offerAfter().toSeconds();
        this.callbackRetries = cb.retries();
        this.callbackRetryDelaySeconds = (int) cb.retryDelay().toSeconds();
        this.members.clear();
        d.members().forEach(m -> members.add(new QueueMember(m.extension(), m.kind())));
        this.updatedAt = utc(now);
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String extension() {
        return extension;
    }

    /** The live side's view of this queue. */
    public QueueSettings settings() {
        return new QueueSettings(id, name, extension, strategy, Duration.ofSeconds(maxWaitSeconds),
                Optional.ofNullable(fallback), Duration.ofSeconds(agentRingSeconds), Duration.ofSeconds(retrySeconds),
                Duration.ofSeconds(wrapUpSeconds), maxCallers, Duration.ofSeconds(serviceLevelSeconds), joinWhenEmpty,
                leaveWhenEmpty, Optional.ofNullable(connectionNumber), Optional.ofNullable(disconnectionNumber),
                members.stream().map(m -> new QueueMemberView(m.extension(), m.kind())).toList(),
                new QueueThresholds(QueueThresholds.Limit.of(waitingAmber, waitingRed),
                        QueueThresholds.Limit.of(longestWaitAmber, longestWaitRed),
                        QueueThresholds.Limit.of(serviceLevelAmber, serviceLevelRed),
                        QueueThresholds.Limit.of(abandonRateAmber, abandonRateRed)),
                new CallerAudio(musicClass, Optional.ofNullable(announcement), announcePosition, announceHoldTime,
                        Duration.ofSeconds(announceFrequencySeconds), ringingMode),
                new QueueCallback(callbackEnabled, callbackKey.charAt(0), Duration.ofSeconds(callbackOfferAfterSeconds),
                        callbackRetries, Duration.ofSeconds(callbackRetryDelaySeconds)));
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    /** The numbers this queue answers: its extension and, when set, the agent connection / disconnection numbers. */
    public Set<String> numbers() {
        Set<String> s = new HashSet<>();
        s.add(extension);
        if (connectionNumber != null) {
            s.add(connectionNumber);
        }
        if (disconnectionNumber != null) {
            s.add(disconnectionNumber);
        }
        return s;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
