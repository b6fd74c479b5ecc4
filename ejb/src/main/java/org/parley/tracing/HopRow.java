package org.parley.tracing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.parley.call.CallHop;

/** A forward or transfer of a call, as its record keeps it. */
@Embeddable
public class HopRow {

    @Column(name = "hop_type", nullable = false, length = 16)
    private String type;

    @Column(name = "from_number", nullable = false, length = 64)
    private String fromNumber;

    @Column(name = "to_number", nullable = false, length = 64)
    private String toNumber;

    @Column(name = "reason", nullable = false, length = 32)
    private String reason;

    @Column(name = "hop_at", nullable = false)
    private OffsetDateTime at;

    protected HopRow() {
        // for JPA
    }

    static HopRow of(CallHop hop) {
        HopRow r = new HopRow();
        r.type = hop.type().name();
        r.fromNumber = cut(hop.from().number());
        r.toNumber = cut(hop.to().number());
        r.reason = hop.reason().length() <= 32 ? hop.reason() : hop.reason().substring(0, 32);
        r.at = hop.at().atOffset(ZoneOffset.UTC);
        return r;
    }

    private static String cut(String s) {
        return s.length() <= 64 ? s : s.substring(0, 64);
    }

    public HopView view() {
        return new HopView(type, fromNumber, toNumber, reason, at.toInstant());
    }
}
