package org.parley.tracing;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** A task of a case file: a title, an assignee, a due date, done or not; a scheduled call has a contact to call. */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    @SequenceGenerator(name = "crm_seq", sequenceName = "crm_seq", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "crm_seq")
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ActivityKind kind;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "assignee", nullable = false, length = 64)
    private String assignee;

    @Column(name = "due_date", nullable = false)
    private LocalDate due;

    @Column(name = "done", nullable = false)
    private boolean done;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Activity() {
        // for JPA
    }

    public Activity(Instant now) {
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Replaces everything with checked values; a call has a contact. */
    public void change(ActivityKind kind, String title, String assignee, LocalDate due, boolean done, long caseId,
            Optional<Long> contactId) {
        if (kind == ActivityKind.CALL && contactId.isEmpty()) {
            throw new IllegalArgumentException("a scheduled call has a contact to call");
        }
        this.kind = kind;
        this.title = title;
        this.assignee = assignee;
        this.due = due;
        this.done = done;
        this.caseId = caseId;
        this.contactId = contactId.orElse(null);
    }

    public long id() {
        return id;
    }

    public ActivityKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String assignee() {
        return assignee;
    }

    public LocalDate due() {
        return due;
    }

    public boolean done() {
        return done;
    }

    public long caseId() {
        return caseId;
    }

    public Optional<Long> contactId() {
        return Optional.ofNullable(contactId);
    }
}
