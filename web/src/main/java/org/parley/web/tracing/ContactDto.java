package org.parley.web.tracing;

import java.time.Instant;
import java.util.List;
import org.parley.tracing.ContactView;

/** A contact in the REST API; numbers in E.164 (or an extension's number). */
public class ContactDto {

    public long id;
    public String name;
    public Long company;
    public String companyName;
    public List<String> phones;
    public String email;
    public String notes;
    public Instant createdAt;

    static ContactDto of(ContactView c) {
        ContactDto d = new ContactDto();
        d.id = c.id();
        d.name = c.name();
        d.company = c.companyId().orElse(null);
        d.companyName = c.companyName().orElse(null);
        d.phones = c.phones();
        d.email = c.email().orElse(null);
        d.notes = c.notes().orElse(null);
        d.createdAt = c.createdAt();
        return d;
    }
}
