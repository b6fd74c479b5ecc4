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
import org.parley.tracing.CompanyInput;
import org.parley.tracing.CompanyRepository;
import org.parley.tracing.CompanyService;
import org.parley.tracing.CompanyView;
import org.parley.tracing.TracingNotFoundException;

/** Companies stored through {@link CompanyRepository}, their numbers normalised. */
@ApplicationScoped
@Transactional
public class DefaultCompanyService implements CompanyService {

    private static final Logger LOG = Logger.getLogger(DefaultCompanyService.class.getName());

    @Inject
    CompanyRepository repository;

    @Inject
    PhoneBook phoneBook;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Override
    public CompanyView create(CompanyInput input) {
        List<String> phones = checked(input);
        Company company = new Company(input.getName(), phones, input.getNotes(), clock.instant());
        repository.add(company);
        LOG.log(Level.INFO, "Company {0} created: {1}", new Object[] {company.id(), company.name()});
        return company.view();
    }

    @Override
    public CompanyView update(long id, CompanyInput input) {
        Company company = load(id);
        List<String> phones = checked(input);
        company.change(input.getName(), phones, input.getNotes());
        LOG.log(Level.INFO, "Company {0} changed: {1}", new Object[] {id, company.name()});
        return company.view();
    }

    @Override
    public void delete(long id) {
        repository.remove(load(id));
        LOG.log(Level.INFO, "Company {0} deleted", id);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CompanyView> find(long id) {
        return repository.find(id).map(Company::view);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CompanyView> search(String q, PageRequest page) {
        var term = phoneBook.term(q);
        return new Page<>(repository.search(term, page.offset(), page.size()).stream().map(Company::view).toList(),
                page.page(), page.size(), repository.count(term));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CompanyView> lookup(String phone) {
        return phoneBook.normalise(phone).map(n -> repository.withNumber(n).stream().map(Company::view).toList())
                .orElse(List.of());
    }

    private Company load(long id) {
        return repository.find(id).orElseThrow(() -> new TracingNotFoundException("company", id));
    }

    private List<String> checked(CompanyInput input) {
        List<FieldError> errors = new ArrayList<>(validator.errorsOf(input));
        if (input == null) {
            throw new InvalidInputException(errors);
        }
        List<String> phones = phoneBook.normaliseAll(input.getPhones(), "phones", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return phones;
    }
}
