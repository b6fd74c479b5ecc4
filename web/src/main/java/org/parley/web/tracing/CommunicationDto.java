package org.parley.web.tracing;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import org.parley.tracing.CommunicationView;
import org.parley.tracing.PartyView;

/** A call communication in the REST API. */
public class CommunicationDto {

    public long id;
    /** {@code INCOMING} or {@code OUTGOING}. */
    public String direction;
    public Party sender;
    public Party recipient;
    public String subject;
    public String body;
    /** Outgoing calls: whether the callee was reached. */
    public Boolean reached;
    /** Outgoing calls not reached: whether a message was left. */
    public Boolean messageLeft;
    /** Incoming calls: whether it was processed. */
    public Boolean processed;
    public Instant startedAt;
    public int durationSeconds;
    /** The call record ({@code /api/cdrs}) of a call Parley traced itself. */
    public String callId;
    @JsonbProperty("case")
    public Long caseId;
    /** The case Parley suggests for a traced call: the contact's only open case. */
    public Long suggestedCase;
    public Long task;
    /** The user it belongs to: who typed it, or whose extension took or made the traced call. */
    public String owner;
    public Instant createdAt;

    /** A sender or recipient: one of contact, company, user or number, and a name to show. */
    public static class Party {
        public Long contact;
        public Long company;
        public String user;
        public String number;
        public String name;

        static Party of(PartyView p) {
            Party d = new Party();
            switch (p.kind()) {
                case "contact" -> d.contact = p.id().orElseThrow();
                case "company" -> d.company = p.id().orElseThrow();
                case "user" -> d.user = p.user().orElseThrow();
                default -> d.number = p.number().orElse(null);
            }
            d.name = p.name();
            return d;
        }
    }

    static CommunicationDto of(CommunicationView c) {
        CommunicationDto d = new CommunicationDto();
        d.id = c.id();
        d.direction = c.direction().name();
        d.sender = c.sender().map(Party::of).orElse(null);
        d.recipient = c.recipient().map(Party::of).orElse(null);
        d.subject = c.subject().orElse(null);
        d.body = c.body().orElse(null);
        d.reached = c.reached().orElse(null);
        d.messageLeft = c.messageLeft().orElse(null);
        d.processed = c.processed().orElse(null);
        d.startedAt = c.startedAt();
        d.durationSeconds = c.durationSeconds();
        d.callId = c.callId().orElse(null);
        d.caseId = c.caseId().orElse(null);
        d.suggestedCase = c.suggestedCaseId().orElse(null);
        d.task = c.taskId().orElse(null);
        d.owner = c.owner().orElse(null);
        d.createdAt = c.createdAt();
        return d;
    }
}
