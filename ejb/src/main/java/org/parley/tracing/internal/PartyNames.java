package org.parley.tracing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parley.tracing.Communication;
import org.parley.tracing.CommunicationParty;
import org.parley.tracing.CommunicationView;
import org.parley.tracing.Company;
import org.parley.tracing.CompanyRepository;
import org.parley.tracing.Contact;
import org.parley.tracing.ContactRepository;
import org.parley.tracing.PartyView;

/** Shows communications with the names of their parties. */
@ApplicationScoped
public class PartyNames {

    @Inject
    ContactRepository contacts;

    @Inject
    CompanyRepository companies;

    Optional<Contact> contact(long id) {
        return contacts.find(id);
    }

    Optional<Company> company(long id) {
        return companies.find(id);
    }

    CommunicationView view(Communication c) {
        return new CommunicationView(c.id(), c.direction(), c.sender().map(this::party), c.recipient().map(this::party),
                c.subject(), c.body(), c.reached(), c.messageLeft(), c.processed(), c.startedAt(),
                c.durationSeconds(), c.callId(), c.caseId(), c.suggestedCaseId(), c.taskId(), c.owner(),
                c.createdAt());
    }

    private PartyView party(CommunicationParty p) {
        if (p.contact().isPresent()) {
            long id = p.contact().get();
            return new PartyView("contact", p.contact(), Optional.empty(), Optional.empty(),
                    contacts.find(id).map(Contact::name).orElse("contact " + id));
        }
        if (p.company().isPresent()) {
            long id = p.company().get();
            return new PartyView("company", p.company(), Optional.empty(), Optional.empty(),
                    companies.find(id).map(Company::name).orElse("company " + id));
        }
        if (p.user().isPresent()) {
            return new PartyView("user", Optional.empty(), p.user(), Optional.empty(), p.user().get());
        }
        return new PartyView("number", Optional.empty(), Optional.empty(), p.number(), p.number().orElse(""));
    }
}
