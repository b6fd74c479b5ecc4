package org.parley.tracing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parley.tracing.Company;
import org.parley.tracing.CompanyRepository;
import org.parley.tracing.Contact;
import org.parley.tracing.ContactRepository;
import org.parley.tracing.PartyInput;

/** Who a number belongs to: a contact first, else a company (the first by name when several share it). */
@ApplicationScoped
public class KnownParties {

    @Inject
    PhoneBook phoneBook;

    @Inject
    ContactRepository contacts;

    @Inject
    CompanyRepository companies;

    /** A contact (with its company) or a company. */
    public record Match(Optional<Long> contact, Optional<Long> company, String name, Optional<String> companyName) {

        PartyInput party() {
            return contact.map(PartyInput::contact).orElseGet(() -> PartyInput.company(company.orElseThrow()));
        }
    }

    /** The contact or company having this number as a phone presents it. */
    public Optional<Match> of(String number) {
        Optional<String> stored = phoneBook.normalise(number);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Optional<Contact> contact = contacts.withNumber(stored.get()).stream().findFirst();
        if (contact.isPresent()) {
            Contact c = contact.get();
            return Optional.of(new Match(Optional.of(c.id()), c.company().map(Company::id), c.name(),
                    c.company().map(Company::name)));
        }
        return companies.withNumber(stored.get()).stream().findFirst()
                .map(c -> new Match(Optional.empty(), Optional.of(c.id()), c.name(), Optional.empty()));
    }
}
