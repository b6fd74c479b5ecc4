package org.parley.tracing;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.parley.platform.error.FieldError;

/**
 * A call communication as the form of a case file gives it: direction, sender and recipient, subject and body, the
 * outcome (reached for an outgoing call, processed for an incoming one), and optionally its case and task.
 */
public class CommunicationInput {

    @NotBlank(message = "is required")
    @Pattern(regexp = "INCOMING|OUTGOING", message = "must be INCOMING or OUTGOING")
    private String direction;

    @Valid
    private PartyInput sender;

    @Valid
    private PartyInput recipient;

    @Size(max = 200, message = "must be at most 200 characters")
    private String subject;

    @Size(max = 4000, message = "must be at most 4000 characters")
    private String body;

    private Boolean reached;

    private Boolean messageLeft;

    private Boolean processed;

    private Instant startedAt;

    @Min(value = 0, message = "must not be negative")
    private Integer durationSeconds;

    private Long caseId;

    private Long task;

    /**
     * The rules of the form beyond single fields: one party at least is a known contact or company, each party is one
     * thing, reached only for an outgoing call, a left message only for an outgoing call not reached, processed only
     * for an incoming call.
     */
    public List<FieldError> ruleErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (sender != null && sender.given() > 1) {
            errors.add(new FieldError("sender", "must be one of a contact, a company, a user or a number"));
        }
        if (recipient != null && recipient.given() > 1) {
            errors.add(new FieldError("recipient", "must be one of a contact, a company, a user or a number"));
        }
        if (!known(sender) && !known(recipient)) {
            String message = "the sender or the recipient must be a known contact or company";
            errors.add(new FieldError("sender", message));
            errors.add(new FieldError("recipient", message));
        }
        boolean outgoing = "OUTGOING".equals(direction);
        boolean incoming = "INCOMING".equals(direction);
        if (incoming && reached != null) {
            errors.add(new FieldError("reached", "applies to outgoing calls only"));
        }
        if (messageLeft != null && !(outgoing && Boolean.FALSE.equals(reached))) {
            errors.add(new FieldError("messageLeft", "applies to outgoing calls not reached only"));
        }
        if (outgoing && processed != null) {
            errors.add(new FieldError("processed", "applies to incoming calls only"));
        }
        return errors;
    }

    private static boolean known(PartyInput p) {
        return p != null && p.known();
    }

    /**
     * Changes the direction as the form does: sender and recipient trade places, and the outcome that does not apply
     * to the new direction is dropped. The same direction changes nothing.
     */
    public void turnTo(CommunicationDirection to) {
        if (to.name().equals(direction)) {
            return;
        }
        direction = to.name();
        PartyInput was = sender;
        sender = recipient;
        recipient = was;
        if (to == CommunicationDirection.INCOMING) {
            reached = null;
            messageLeft = null;
        } else {
            processed = null;
        }
    }

    public CommunicationDirection direction() {
        return CommunicationDirection.valueOf(direction);
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public PartyInput getSender() {
        return sender;
    }

    public void setSender(PartyInput sender) {
        this.sender = sender;
    }

    public PartyInput getRecipient() {
        return recipient;
    }

    public void setRecipient(PartyInput recipient) {
        this.recipient = recipient;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Boolean getReached() {
        return reached;
    }

    public void setReached(Boolean reached) {
        this.reached = reached;
    }

    public Boolean getMessageLeft() {
        return messageLeft;
    }

    public void setMessageLeft(Boolean messageLeft) {
        this.messageLeft = messageLeft;
    }

    public Boolean getProcessed() {
        return processed;
    }

    public void setProcessed(Boolean processed) {
        this.processed = processed;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public void setDurationSeconds(Integer durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    /** The case file's id ({@code case} in JSON). */
    @JsonbProperty("case")
    public Long getCaseId() {
        return caseId;
    }

    @JsonbProperty("case")
    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public Long getTask() {
        return task;
    }

    public void setTask(Long task) {
        this.task = task;
    }
}
