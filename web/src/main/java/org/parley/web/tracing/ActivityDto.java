package org.parley.web.tracing;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.LocalDate;
import org.parley.tracing.ActivityView;

/** A task or scheduled call in the REST API. */
public class ActivityDto {

    public long id;
    /** {@code TASK} or {@code CALL}. */
    public String kind;
    public String title;
    public String assignee;
    public LocalDate due;
    public boolean done;
    @JsonbProperty("case")
    public long caseId;
    public String caseReference;
    public Long contact;
    public String contactName;
    /** The number a scheduled call dials: the contact's first. */
    public String number;

    static ActivityDto of(ActivityView a) {
        ActivityDto d = new ActivityDto();
        d.id = a.id();
        d.kind = a.kind().name();
        d.title = a.title();
        d.assignee = a.assignee();
        d.due = a.due();
        d.done = a.done();
        d.caseId = a.caseId();
        d.caseReference = a.caseReference();
        d.contact = a.contactId().orElse(null);
        d.contactName = a.contactName().orElse(null);
        d.number = a.number().orElse(null);
        return d;
    }
}
