package org.parley.web.tracing;

import java.time.Instant;
import org.parley.tracing.HopView;

/** A forward or transfer of a call record in the REST API: type, from and to numbers, reason, when. */
public class HopDto {

    public String type;
    public String from;
    public String to;
    public String reason;
    public Instant at;

    static HopDto of(HopView h) {
        HopDto d = new HopDto();
        d.type = h.type();
        d.from = h.from();
        d.to = h.to();
        d.reason = h.reason();
        d.at = h.at();
        return d;
    }
}
