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
    public List<NamedDto> contacts;
    public List<NamedDto> companies;
    public List<String> followers;
    public Instant createdAt;

    static CaseDto of(CaseView c) {
        CaseDto d = new CaseDto();
        d.id = c.id();
        d.title = c.title();
        d.reference = c.reference();
        d.status = c.status().name();
        d.contacts = c.contacts().stream().map(NamedDto::of).toList();
        d.companies = c.companies().stream().map(NamedDto::of).toList();
        d.followers = c.followers();
        d.createdAt = c.createdAt();
        return d;
    }

    /** A contact or company taking part in the case: its id and name. */
    public static class NamedDto {
        public long id;
        public String name;

        static NamedDto of(CaseView.Named n) {
            NamedDto d = new NamedDto();
            d.id = n.id();
            d.name = n.name();
            return d;
        }
    }
}
