package org.parley.tracing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.call.CallView;
import org.parley.tracing.CaseRepository;
import org.parley.tracing.CommunicationQuery;
import org.parley.tracing.CommunicationRepository;
import org.parley.tracing.CompanyRepository;
import org.parley.tracing.ContactRepository;
import org.parley.tracing.ScreenPop;

/** Looks up who is calling for a screen pop: the contact or company, its open cases, its last communications. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ScreenPopLookup {

    @Inject
    KnownParties known;

    @Inject
    ContactRepository contacts;

    @Inject
    CompanyRepository companies;

    @Inject
    CaseRepository cases;

    @Inject
    CommunicationRepository communications;

    @Inject
    DefaultCaseService caseViews;

    @Inject
    PartyNames names;

    public ScreenPop of(CallView call, Set<String> extensions, Instant at) {
        String number = call.caller().number();
        Optional<KnownParties.Match> match = known.of(number);
        if (match.isEmpty()) {
            return new ScreenPop(call, number, Optional.empty(), Optional.empty(), List.of(), List.of(),
                    extensions, at);
        }
        KnownParties.Match m = match.get();
        var contact = m.contact().flatMap(contacts::find).map(c -> c.view());
        var company = m.company().flatMap(companies::find).map(c -> c.view());
        var open = cases.openCasesOf(m.contact(), m.company()).stream().map(caseViews::view).toList();
        var last = m.contact().map(id -> communications.search(CommunicationQuery.withContact(id),
                Optional.empty(), 0, ScreenPop.LAST)).orElse(List.of()).stream().map(names::view).toList();
        return new ScreenPop(call, number, contact, company, open, last, extensions, at);
    }
}
