package org.parley.tracing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import org.parley.tracing.Company;
import org.parley.tracing.CompanyRepository;
import org.parley.tracing.Contact;
import org.parley.tracing.ContactRepository;
import org.parley.tracing.KnownNumbers;
import org.parley.tracing.PartyInput;

/** Who a number belongs to: a contact first, else a company (the first by name when several share it). */
@ApplicationScoped
public class KnownParties implements KnownNumbers {

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

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> names(Collection<String> numbers) {
        Map<String, String> names = new HashMap<>();
        for (String n : new HashSet<>(numbers)) {
            of(n).ifPresent(m -> names.put(n, m.name()));
        }
        return names;
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
