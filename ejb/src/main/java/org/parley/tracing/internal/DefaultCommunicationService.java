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
import org.parley.security.Caller;
import org.parley.security.UserService;
import org.parley.tracing.Activity;
import org.parley.tracing.ActivityRepository;
import org.parley.tracing.CaseFile;
import org.parley.tracing.CaseRepository;
import org.parley.tracing.Communication;
import org.parley.tracing.CommunicationInput;
import org.parley.tracing.CommunicationQuery;
import org.parley.tracing.CommunicationRepository;
import org.parley.tracing.CommunicationService;
import org.parley.tracing.CommunicationView;
import org.parley.tracing.PartyInput;
import org.parley.tracing.TracingAccess;
import org.parley.tracing.TracingNotFoundException;

/** Call communications stored through {@link CommunicationRepository}, checked against the rules of the form. */
@ApplicationScoped
@Transactional
public class DefaultCommunicationService implements CommunicationService {

    private static final Logger LOG = Logger.getLogger(DefaultCommunicationService.class.getName());

    @Inject
    CommunicationRepository repository;

    @Inject
    CaseRepository cases;

    @Inject
    ActivityRepository activities;

    @Inject
    PartyNames names;

    @Inject
    UserService users;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Override
    public CommunicationView create(Caller caller, CommunicationInput input) {
        check(caller, input);
        Communication c = new Communication(caller.username(), clock.instant());
        c.change(input);
        repository.add(c);
        LOG.log(Level.INFO, "Communication {0} ({1}) traced by {2}",
                new Object[] {c.id(), c.direction(), caller.username()});
        return names.view(c);
    }

    @Override
    public CommunicationView update(Caller caller, long id, CommunicationInput input) {
        Communication c = load(caller, id);
        check(caller, input);
        c.change(input);
        LOG.log(Level.INFO, "Communication {0} changed by {1}", new Object[] {id, caller.username()});
        return names.view(c);
    }

    @Override
    public void delete(Caller caller, long id) {
        repository.remove(load(caller, id));
        LOG.log(Level.INFO, "Communication {0} deleted by {1}", new Object[] {id, caller.username()});
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CommunicationView> find(Caller caller, long id) {
        return visible(caller, id).map(names::view);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CommunicationInput> input(Caller caller, long id) {
        return visible(caller, id).map(Communication::input);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CommunicationView> search(Caller caller, CommunicationQuery query, PageRequest page) {
        Optional<String> limit = TracingAccess.limitedTo(caller);
        return new Page<>(repository.search(query, limit, page.offset(), page.size()).stream().map(names::view)
                .toList(), page.page(), page.size(), repository.count(query, limit));
    }

    private Optional<Communication> visible(Caller caller, long id) {
        Optional<String> limit = TracingAccess.limitedTo(caller);
        return repository.find(id).filter(c -> limit.isEmpty() || c.owner().equals(limit)
                || c.sender().flatMap(p -> p.user()).equals(limit) || c.recipient().flatMap(p -> p.user()).equals(limit)
                || c.caseId().flatMap(cases::find).filter(f -> TracingAccess.sees(caller, f)).isPresent());
    }

    private Communication load(Caller caller, long id) {
        return visible(caller, id).orElseThrow(() -> new TracingNotFoundException("communication", id));
    }

    private void check(Caller caller, CommunicationInput input) {
        List<FieldError> errors = new ArrayList<>(validator.errorsOf(input));
        if (input == null) {
            throw new InvalidInputException(errors);
        }
        if (errors.stream().noneMatch(e -> e.field().equals("direction"))) {
            errors.addAll(input.ruleErrors());
        }
        checkParty("sender", input.getSender(), errors);
        checkParty("recipient", input.getRecipient(), errors);
        Optional<CaseFile> caseFile = Optional.ofNullable(input.getCaseId()).flatMap(cases::find)
                .filter(f -> TracingAccess.sees(caller, f));
        if (input.getCaseId() != null && caseFile.isEmpty()) {
            errors.add(new FieldError("case", "no case " + input.getCaseId()));
        }
        Optional<Activity> task = Optional.ofNullable(input.getTask()).flatMap(activities::find);
        if (input.getTask() != null && task.isEmpty()) {
            errors.add(new FieldError("task", "no task " + input.getTask()));
        } else if (task.isPresent() && caseFile.isPresent() && task.get().caseId() != caseFile.get().id()) {
            errors.add(new FieldError("task", "belongs to another case"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().distinct().sorted(
                    InputValidator.ORDER).toList());
        }
    }

    private void checkParty(String field, PartyInput p, List<FieldError> errors) {
        if (p == null || p.given() != 1) {
            return;
        }
        if (p.getContact() != null && names.contact(p.getContact()).isEmpty()) {
            errors.add(new FieldError(field + ".contact", "no contact " + p.getContact()));
        }
        if (p.getCompany() != null && names.company(p.getCompany()).isEmpty()) {
            errors.add(new FieldError(field + ".company", "no company " + p.getCompany()));
        }
        if (p.getUser() != null && users.find(p.getUser()).isEmpty()) {
            errors.add(new FieldError(field + ".user", "no user " + p.getUser()));
        }
    }
}
