package org.parley.tracing;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/**
 * A call communication: a call received or made, its parties, subject, body and outcome, on a case file once filed.
 * A call traced by Parley itself keeps its call record's id (one communication per call) and the user it belongs to.
 */
@Entity
@Table(name = "communication")
public class Communication {

    @Id
    @SequenceGenerator(name = "crm_seq", sequenceName = "crm_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_seq")
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false, length = 16)
    private CommunicationDirection direction;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "contact", column = @Column(name = "sender_contact")),
        @AttributeOverride(name = "company", column = @Column(name = "sender_company")),
        @AttributeOverride(name = "user", column = @Column(name = "sender_user")),
        @AttributeOverride(name = "number", column = @Column(name = "sender_number"))})
    private CommunicationParty sender;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "contact", column = @Column(name = "recipient_contact")),
        @AttributeOverride(name = "company", column = @Column(name = "recipient_company")),
        @AttributeOverride(name = "user", column = @Column(name = "recipient_user")),
        @AttributeOverride(name = "number", column = @Column(name = "recipient_number"))})
    private CommunicationParty recipient;

    @Column(name = "subject", length = 200)
    private String subject;

    @Column(name = "body", length = 4000)
    private String body;

    @Column(name = "reached")
    private Boolean reached;

    @Column(name = "message_left")
    private Boolean messageLeft;

    @Column(name = "processed")
    private Boolean processed;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "duration_seconds", nullable = false)
    private int durationSeconds;

    @Column(name = "call_id", length = 36)
    private String callId;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "suggested_case_id")
    private Long suggestedCaseId;

    @Column(name = "activity_id")
    private Long taskId;

    @Column(name = "owner", length = 64)
    private String owner;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Communication() {
        // for JPA
    }

    /** A communication typed by a person, who owns it. */
    public Communication(String owner, Instant now) {
        this.owner = owner;
        this.createdAt = utc(now);
        this.startedAt = utc(now);
    }

    /** The communication Parley traced for a finished call, waiting to be filed. */
    public static Communication ofCall(String callId, Optional<String> owner, Instant now) {
        Communication c = new Communication(owner.orElse(null), now);
        c.callId = callId;
        return c;
    }

    /** Replaces everything a person edits with a checked input. */
    public void change(CommunicationInput in) {
        this.direction = in.direction();
        this.sender = CommunicationParty.of(in.getSender()).orElse(null);
        this.recipient = CommunicationParty.of(in.getRecipient()).orElse(null);
        this.subject = in.getSubject();
        this.body = in.getBody();
        this.reached = in.getReached();
        this.messageLeft = in.getMessageLeft();
        this.processed = in.getProcessed();
        if (in.getStartedAt() != null) {
            this.startedAt = utc(in.getStartedAt());
        }
        if (in.getDurationSeconds() != null) {
            this.durationSeconds = in.getDurationSeconds();
        }
        this.caseId = in.getCaseId();
        this.taskId = in.getTask();
    }

    /** Suggests the case a traced call probably belongs to. */
    public void suggest(long caseId) {
        this.suggestedCaseId = caseId;
    }

    /** What a person would send to change nothing: the input this communication was made of. */
    public CommunicationInput input() {
        CommunicationInput in = new CommunicationInput();
        in.setDirection(direction.name());
        in.setSender(sender == null ? null : sender.input());
        in.setRecipient(recipient == null ? null : recipient.input());
        in.setSubject(subject);
        in.setBody(body);
        in.setReached(reached);
        in.setMessageLeft(messageLeft);
        in.setProcessed(processed);
        in.setStartedAt(startedAt.toInstant());
        in.setDurationSeconds(durationSeconds);
        in.setCaseId(caseId);
        in.setTask(taskId);
        return in;
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    public long id() {
        return id;
    }

    public CommunicationDirection direction() {
        return direction;
    }

    public Optional<CommunicationParty> sender() {
        return Optional.ofNullable(sender);
    }

    public Optional<CommunicationParty> recipient() {
        return Optional.ofNullable(recipient);
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public Optional<String> body() {
        return Optional.ofNullable(body);
    }

    public Optional<Boolean> reached() {
        return Optional.ofNullable(reached);
    }

    public Optional<Boolean> messageLeft() {
        return Optional.ofNullable(messageLeft);
    }

    public Optional<Boolean> processed() {
        return Optional.ofNullable(processed);
    }

    public Instant startedAt() {
        return startedAt.toInstant();
    }

    public int durationSeconds() {
        return durationSeconds;
    }

    public Optional<String> callId() {
        return Optional.ofNullable(callId);
    }

    public Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }

    public Optional<Long> suggestedCaseId() {
        return Optional.ofNullable(suggestedCaseId);
    }

    public Optional<Long> taskId() {
        return Optional.ofNullable(taskId);
    }

    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }
}
