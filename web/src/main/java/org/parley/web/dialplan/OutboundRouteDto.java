package org.parley.web.dialplan;

import java.time.Instant;
import org.parley.dialplan.OutboundRouteView;

/** An outbound route in the REST API. */
public class OutboundRouteDto {

    public String name;
    /** Lower first. */
    public int priority;
    /** {@code ANY}, {@code NATIONAL}, {@code INTERNATIONAL} or {@code EMERGENCY}. */
    public String numberClass;
    /** E.164 prefix the number must start with, when set. */
    public String prefix;
    /** The trunk's name. */
    public String trunk;
    public Instant createdAt;
    public Instant updatedAt;

    static OutboundRouteDto of(OutboundRouteView v) {
        OutboundRouteDto d = new OutboundRouteDto();
        d.name = v.rule().name();
        d.priority = v.rule().priority();
        d.numberClass = v.rule().numberClass().name();
        d.prefix = v.rule().prefix().orElse(null);
        d.trunk = v.rule().trunk();
        d.createdAt = v.createdAt();
        d.updatedAt = v.updatedAt();
        return d;
    }
}
