package org.parley.tracing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.call.CallView;

/**
 * Who is calling, for the desks of the extensions a call rings: the calling number and, when it is known, the contact
 * (or company), its open case files and its last communications.
 *
 * @param call       the call as it was when it started ringing them
 * @param number     the calling number as presented
 * @param contact    the contact having that number
 * @param company    the contact's company, or the company having that number
 * @param openCases  the open case files of the contact or company
 * @param last       its last communications, newest first (at most {@value #LAST})
 * @param extensions the extensions rung
 * @param at         when the call started ringing them
 */
public record ScreenPop(CallView call, String number, Optional<ContactView> contact, Optional<CompanyView> company,
        List<CaseView> openCases, List<CommunicationView> last, Set<String> extensions, Instant at) {

    /** How many of the last communications a screen pop shows. */
    public static final int LAST = 3;

    public String callId() {
        return call.id();
    }

    /** Whether the number belongs to a known contact or company. */
    public boolean known() {
        return contact.isPresent() || company.isPresent();
    }
}
