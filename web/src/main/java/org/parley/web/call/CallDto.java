package org.parley.web.call;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.parley.call.CallView;
import org.parley.call.LegView;
import org.parley.call.TransferView;

/** A call in the REST API and the live event stream. */
public class CallDto {

    public String id;
    public String direction;
    public String state;
    public PartyDto caller;
    public PartyDto callee;
    public String trunk;
    public Instant createdAt;
    public Instant answeredAt;
    public Instant endedAt;
    public String disposition;
    public LegDto answeredBy;
    public PartyDto endedBy;
    public boolean held;
    public List<LegDto> legs;
    /** Forwards and transfers so far. */
    public List<CallHopDto> hops;
    /** The transfer under way, while the call is TRANSFERRING. */
    public TransferDto transfer;

    /** A transfer under way: who hands the call on, who stays, the target, where it stands. */
    public static class TransferDto {
        public String mode;
        public PartyDto transferor;
        public PartyDto remaining;
        public PartyDto target;
        /** RINGING, JOINING, CONSULTING, COMPLETING or RETURNING. */
        public String stage;
        /** The target's leg that answered (see {@code legs}), once one has. */
        public String targetLeg;

        static TransferDto of(TransferView t) {
            TransferDto d = new TransferDto();
            d.mode = t.mode().name().toLowerCase(Locale.ROOT);
            d.transferor = PartyDto.of(t.transferor());
            d.remaining = PartyDto.of(t.remaining());
            d.target = PartyDto.of(t.target());
            d.stage = t.stage().name();
            d.targetLeg = t.targetLeg().orElse(null);
            return d;
        }
    }

    /** One leg of a call. */
    public static class LegDto {
        public String id;
        public String role;
        public PartyDto party;
        public String device;
        public String state;
        public Instant createdAt;
        public Instant answeredAt;
        public Instant endedAt;
        public Integer finalStatus;

        static LegDto of(LegView l) {
            LegDto d = new LegDto();
            d.id = l.id();
            d.role = l.role().name();
            d.party = PartyDto.of(l.party());
            d.device = l.device();
            d.state = l.state().name();
            d.createdAt = l.createdAt();
            d.answeredAt = l.answeredAt().orElse(null);
            d.endedAt = l.endedAt().orElse(null);
            d.finalStatus = l.finalStatus().orElse(null);
            return d;
        }
    }

    public static CallDto of(CallView c) {
        CallDto d = new CallDto();
        d.id = c.id();
        d.direction = c.direction().name();
        d.state = c.state().name();
        d.caller = PartyDto.of(c.caller());
        d.callee = PartyDto.of(c.callee());
        d.trunk = c.trunk().orElse(null);
        d.createdAt = c.createdAt();
        d.answeredAt = c.answeredAt().orElse(null);
        d.endedAt = c.endedAt().orElse(null);
        d.disposition = c.disposition().map(x -> x.label()).orElse(null);
        d.answeredBy = c.answeredBy().map(LegDto::of).orElse(null);
        d.endedBy = c.endedBy().map(PartyDto::of).orElse(null);
        d.held = c.held();
        d.legs = c.legs().stream().map(LegDto::of).toList();
        d.hops = c.hops().stream().map(CallHopDto::of).toList();
        d.transfer = c.transfer().map(TransferDto::of).orElse(null);
        return d;
    }
}
