package org.parley.tracing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InputValidator;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.security.Caller;
import org.parley.security.UserService;
import org.parley.tracing.CaseFile;
import org.parley.tracing.CaseInput;
import org.parley.tracing.CaseRepository;
import org.parley.tracing.CaseService;
import org.parley.tracing.CaseStatus;
import org.parley.tracing.CaseView;
import org.parley.tracing.CompanyRepository;
import org.parley.tracing.ContactRepository;
import org.parley.tracing.TracingAccess;
import org.parley.tracing.TracingNotFoundException;

/** Case files stored through {@link CaseRepository}; parties and followers must exist. */
@ApplicationScoped
@Transactional
public class DefaultCaseService implements CaseService {

    private static final Comparator<CaseView.Named> BY_NAME = Comparator.comparing(CaseView.Named::name)
            .thenComparing(CaseView.Named::id);

    private static final Logger LOG = Logger.getLogger(DefaultCaseService.class.getName());

    @Inject
    CaseRepository repository;

    @Inject
    ContactRepository contacts;

    @Inject
    CompanyRepository companies;

    @Inject
    UserService users;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Override
    public CaseView create(CaseInput input) {
        check(input);
        CaseFile caseFile = new CaseFile(input.getReference() == null ? "" : input.getReference(), clock.instant());
        caseFile.change(input.getTitle(), input.status(), input.getContacts(), input.getCompanies(),
                input.getFollowers());
        repository.add(caseFile);
        if (input.getReference() == null) {
            caseFile.referenceFromId();
        }
        LOG.log(Level.INFO, "Case {0} opened: {1}", new Object[] {caseFile.reference(), caseFile.title()});
        return view(caseFile);
    }

    @Override
    public CaseView update(long id, CaseInput input) {
        CaseFile caseFile = load(id);
        check(input);
        if (input.getReference() != null && !input.getReference().equals(caseFile.reference())) {
            throw new InvalidInputException("reference", "cannot be changed");
        }
        CaseStatus before = caseFile.status();
        caseFile.change(input.getTitle(), input.status(), input.getContacts(), input.getCompanies(),
                input.getFollowers());
        LOG.log(Level.INFO, "Case {0} changed ({1} to {2})",
                new Object[] {caseFile.reference(), before, caseFile.status()});
        return view(caseFile);
    }

    @Override
    public void delete(long id) {
        CaseFile caseFile = load(id);
        repository.remove(caseFile);
        LOG.log(Level.INFO, "Case {0} deleted", caseFile.reference());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseView> find(Caller caller, long id) {
        return repository.find(id).filter(c -> TracingAccess.sees(caller, c)).map(this::view);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CaseView> search(Caller caller, String q, Optional<CaseStatus> status, PageRequest page) {
        Optional<String> pattern = Optional.ofNullable(q).filter(s -> !s.isBlank())
                .map(s -> "%" + s.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%");
        Optional<String> follower = TracingAccess.limitedTo(caller);
        return new Page<>(repository.search(pattern, status, follower, page.offset(), page.size()).stream()
                .map(this::view).toList(), page.page(), page.size(), repository.count(pattern, status, follower));
    }

    private CaseFile load(long id) {
        return repository.find(id).orElseThrow(() -> new TracingNotFoundException("case", id));
    }

    private void check(CaseInput input) {
        List<FieldError> errors = new ArrayList<>(validator.errorsOf(input));
        if (input != null) {
            input.getContacts().stream().filter(c -> c == null || contacts.find(c).isEmpty()).findFirst()
                    .ifPresent(c -> errors.add(new FieldError("contacts", "no contact " + c)));
            input.getCompanies().stream().filter(c -> c == null || companies.find(c).isEmpty()).findFirst()
                    .ifPresent(c -> errors.add(new FieldError("companies", "no company " + c)));
            input.getFollowers().stream().filter(u -> u == null || users.find(u).isEmpty()).findFirst()
                    .ifPresent(u -> errors.add(new FieldError("followers", "no user " + u)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    CaseView view(CaseFile c) {
        return new CaseView(c.id(), c.title(), c.reference(), c.status(),
                c.contacts().stream().flatMap(id -> contacts.find(id).stream())
                        .map(k -> new CaseView.Named(k.id(), k.name())).sorted(BY_NAME).toList(),
                c.companies().stream().flatMap(id -> companies.find(id).stream())
                        .map(k -> new CaseView.Named(k.id(), k.name())).sorted(BY_NAME).toList(),
                c.followers().stream().sorted().toList(), c.createdAt());
    }

}
