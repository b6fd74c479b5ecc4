package org.parley.web.tracing;

import java.time.Instant;
import java.util.List;
import org.parley.tracing.ScreenPop;

/** The data of {@code call.contact} on {@code /api/events}: who is calling the extensions a call rings. */
public class ScreenPopDto {

    public String type = "call.contact";
    public String callId;
    /** The calling number as presented. */
    public String number;
    /** Whether it belongs to a known contact or company (otherwise: "unknown number"). */
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
