package org.parley.web.call;

import java.time.Instant;
import org.parley.call.CallHop;
import org.parley.call.Party;

/** A forward or transfer of a call in progress, in the REST API and the live event stream. */
public class CallHopDto {

    /** FORWARD or TRANSFER. */
    public String type;
    public HopPartyDto from;
    public HopPartyDto to;
    public String reason;
    public Instant at;

    /** A party of a hop: its number and display name (empty when there is none). */
    public static class HopPartyDto {
        public String number;
        public String displayName;

        static HopPartyDto of(Party p) {
            HopPartyDto d = new HopPartyDto();
            d.number = p.number();
            d.displayName = p.displayName();
            return d;
        }
    }

    static CallHopDto of(CallHop h) {
        CallHopDto d = new CallHopDto();
        d.type = h.type().name();
        d.from = HopPartyDto.of(h.from());
        d.to = HopPartyDto.of(h.to());
        d.reason = h.reason();
        d.at = h.at();
        return d;
    }
}
