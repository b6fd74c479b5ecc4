package org.parley.tracing;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A task or scheduled call as a person gives it. A call needs a contact; its title defaults to "Call" and the
 * contact's name.
 */
public class ActivityInput {

    @Pattern(regexp = "TASK|CALL", message = "must be TASK or CALL")
    private String kind;

    @Size(max = 200, message = "must be at most 200 characters")
    private String title;

    @NotBlank(message = "is required")
    private String assignee;

    @NotNull(message = "is required (YYYY-MM-DD)")
    private LocalDate due;

    private Boolean done;

    @NotNull(message = "is required")
    private Long caseId;

    private Long contact;

    public ActivityKind kind() {
        return kind == null ? ActivityKind.TASK : ActivityKind.valueOf(kind);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null || title.isBlank() ? null : title.strip();
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public LocalDate getDue() {
        return due;
    }

    public void setDue(LocalDate due) {
        this.due = due;
    }

    public Boolean getDone() {
        return done;
    }

    public void setDone(Boolean done) {
        this.done = done;
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

    public Long getContact() {
        return contact;
    }

    public void setContact(Long contact) {
        this.contact = contact;
    }
}
