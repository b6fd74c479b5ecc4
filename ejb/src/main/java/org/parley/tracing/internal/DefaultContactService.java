package org.parley.tracing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InputValidator;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.tracing.Company;
import org.parley.tracing.CompanyRepository;
import org.parley.tracing.Contact;
import org.parley.tracing.ContactInput;
import org.parley.tracing.ContactRepository;
import org.parley.tracing.ContactService;
import org.parley.tracing.ContactView;
import org.parley.tracing.TracingNotFoundException;

/** Contacts stored through {@link ContactRepository}, their numbers normalised. */
@ApplicationScoped
@Transactional
public class DefaultContactService implements ContactService {

    private static final Logger LOG = Logger.getLogger(DefaultContactService.class.getName());

    @Inject
    ContactRepository repository;

    @Inject
    CompanyRepository companies;

    @Inject
    PhoneBook phoneBook;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Override
    public ContactView create(ContactInput input) {
        Contact contact = new Contact(clock.instant());
        apply(contact, input, "");
        repository.add(contact);
        LOG.log(Level.INFO, "Contact {0} created: {1}", new Object[] {contact.id(), contact.name()});
        return contact.view();
    }

    @Override
    public ContactView update(long id, ContactInput input) {
        Contact contact = load(id);
        apply(contact, input, "");
        LOG.log(Level.INFO, "Contact {0} changed: {1}", new Object[] {id, contact.name()});
        return contact.view();
    }

    @Override
    public void delete(long id) {
        repository.remove(load(id));
        LOG.log(Level.INFO, "Contact {0} deleted", id);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ContactView> find(long id) {
        return repository.find(id).map(Contact::view);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ContactView> search(String q, PageRequest page) {
        var term = phoneBook.term(q);
        return new Page<>(repository.search(term, page.offset(), page.size()).stream().map(Contact::view).toList(),
                page.page(), page.size(), repository.count(term));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ContactView> lookup(String phone) {
        return phoneBook.normalise(phone).map(n -> repository.withNumber(n).stream().map(Contact::view).toList())
                .orElse(List.of());
    }

    @Override
    public int importAll(List<ImportRow> rows) {
        List<FieldError> errors = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        for (ImportRow row : rows) {
            Contact contact = new Contact(clock.instant());
            try {
                apply(contact, row.contact(), "line " + row.line() + ": ");
                contacts.add(contact);
            } catch (InvalidInputException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            LOG.log(Level.INFO, "Contact import refused: {0} error(s) in {1} rows",
                    new Object[] {errors.size(), rows.size()});
            throw new InvalidInputException(errors);
        }
        contacts.forEach(repository::add);
        LOG.log(Level.INFO, "Contact import: {0} contacts created", contacts.size());
        return contacts.size();
    }

    private Contact load(long id) {
        return repository.find(id).orElseThrow(() -> new TracingNotFoundException("contact", id));
    }

    /** Checks {@code input} and applies it; every error's field starts with {@code prefix}. */
    private void apply(Contact contact, ContactInput input, String prefix) {
        List<FieldError> errors = new ArrayList<>(validator.errorsOf(input));
        if (input == null) {
            throw new InvalidInputException(errors);
        }
        List<String> phones = phoneBook.normaliseAll(input.getPhones(), "phones", errors);
        Optional<Company> company = Optional.ofNullable(input.getCompany()).flatMap(companies::find);
        if (input.getCompany() != null && company.isEmpty()) {
            errors.add(new FieldError("company", "no company " + input.getCompany()));
        } else if (input.getCompany() == null && input.getCompanyName() != null) {
            company = companies.findByName(input.getCompanyName());
            if (company.isEmpty()) {
                errors.add(new FieldError("companyName", "no company named " + input.getCompanyName()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream()
                    .map(e -> new FieldError(prefix + e.field(), e.message())).toList());
        }
        contact.change(input.getName(), company, phones, input.getEmail(), input.getNotes());
    }
}
