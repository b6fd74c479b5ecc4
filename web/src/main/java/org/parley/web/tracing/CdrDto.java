package org.parley.web.tracing;

import java.time.Instant;
import org.parley.tracing.CallRecordView;

/** A call detail record in the REST API. */
public class CdrDto {

    public String id;
    public String direction;
    public String callerNumber;
    public String callerName;
    public String calleeNumber;
    public String calleeName;
    public String answeredBy;
    public String answeredDevice;
    public String trunk;
    public Instant start;
    public Instant answer;
    public Instant end;
    public int durationSeconds;
    public int talkSeconds;
    public String disposition;
    public String endedBy;
    /** Forwards and transfers, in order. */
    public java.util.List<HopDto> hops;

    static CdrDto of(CallRecordView r) {
        CdrDto d = new CdrDto();
        d.id = r.id();
        d.direction = r.direction();
        d.callerNumber = r.callerNumber();
        d.callerName = r.callerName().orElse(null);
        d.calleeNumber = r.calleeNumber();
        d.calleeName = r.calleeName().orElse(null);
        d.answeredBy = r.answeredByNumber().orElse(null);
        d.answeredDevice = r.answeredByDevice().orElse(null);
        d.trunk = r.trunk().orElse(null);
        d.start = r.startedAt();
        d.answer = r.answeredAt().orElse(null);
        d.end = r.endedAt();
        d.durationSeconds = r.durationSeconds();
        d.talkSeconds = r.talkSeconds();
        d.disposition = r.disposition();
        d.endedBy = r.endedBy().orElse(null);
        d.hops = r.hops().stream().map(HopDto::of).toList();
        return d;
    }
}
