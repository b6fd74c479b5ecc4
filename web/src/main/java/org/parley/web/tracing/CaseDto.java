package org.parley.web.tracing;

import java.time.Instant;
import java.util.List;
import org.parley.tracing.CaseView;

/** A case file in the REST API, with the names of its contacts and companies. */
public class CaseDto {

    public long id;
    public String title;
    public String reference;
    /** {@code OPEN} or {@code CLOSED}. */
    public String status;
    public List<CaseView.Named> contacts;
    public List<CaseView.Named> companies;
    public List<String> followers;
    public Instant createdAt;

    static CaseDto of(CaseView c) {
        CaseDto d = new CaseDto();
        d.id = c.id();
        d.title = c.title();
        d.reference = c.reference();
        d.status = c.status().name();
        d.contacts = c.contacts();
        d.companies = c.companies();
        d.followers = c.followers();
        d.createdAt = c.createdAt();
        return d;
    }
}
