package org.parley.web.tracing;

import java.time.Instant;
import java.util.List;
import org.parley.tracing.ScreenPop;
import org.parley.web.call.CallDto;

/** The data of {@code call.contact} on {@code /api/events}: who is calling the extensions a call rings. */
public class ScreenPopDto {

    public String type = "call.contact";
    /** The call as it was when it started ringing the extensions, as in the other {@code call.*} events. */
    public CallDto call;
    public String callId;
    /** The calling number as presented. */
    public String number;
    /** Whether it belongs to a known contact or company (always, on {@code /api/events}). */
    public boolean known;
    public ContactDto contact;
    public CompanyDto company;
    public List<CaseDto> openCases;
    /** The contact's last communications, newest first. */
    public List<CommunicationDto> lastCommunications;
    /** The extensions rung. */
    public List<String> extensions;
    public Instant at;

    public static ScreenPopDto of(ScreenPop p) {
        ScreenPopDto d = new ScreenPopDto();
        d.call = CallDto.of(p.call());
        d.callId = p.callId();
        d.number = p.number();
        d.known = p.known();
        d.contact = p.contact().map(ContactDto::of).orElse(null);
        d.company = p.company().map(CompanyDto::of).orElse(null);
        d.openCases = p.openCases().stream().map(CaseDto::of).toList();
        d.lastCommunications = p.last().stream().map(CommunicationDto::of).toList();
        d.extensions = p.extensions().stream().sorted().toList();
        d.at = p.at();
        return d;
    }
}
