package org.parley.web.tracing;

import java.time.Instant;
import java.util.List;
import org.parley.tracing.CompanyView;

/** A company in the REST API; numbers in E.164 (or an extension's number). */
public class CompanyDto {

    public long id;
    public String name;
    public List<String> phones;
    public String notes;
    public Instant createdAt;

    static CompanyDto of(CompanyView c) {
        CompanyDto d = new CompanyDto();
        d.id = c.id();
        d.name = c.name();
        d.phones = c.phones();
        d.notes = c.notes().orElse(null);
        d.createdAt = c.createdAt();
        return d;
    }
}
