package org.parley.tracing.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InputValidator;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.security.Caller;
import org.parley.security.UserService;
import org.parley.tracing.Activity;
import org.parley.tracing.ActivityInput;
import org.parley.tracing.ActivityKind;
import org.parley.tracing.ActivityQuery;
import org.parley.tracing.ActivityRepository;
import org.parley.tracing.ActivityService;
import org.parley.tracing.ActivityView;
import org.parley.tracing.CaseFile;
import org.parley.tracing.CaseRepository;
import org.parley.tracing.Contact;
import org.parley.tracing.ContactRepository;
import org.parley.tracing.ContactView;
import org.parley.tracing.TracingAccess;
import org.parley.tracing.TracingNotFoundException;

/** Tasks and scheduled calls stored through {@link ActivityRepository}. */
@ApplicationScoped
@Transactional
public class DefaultActivityService implements ActivityService {

    private static final Logger LOG = Logger.getLogger(DefaultActivityService.class.getName());

    @Inject
    ActivityRepository repository;

    @Inject
    CaseRepository cases;

    @Inject
    ContactRepository contacts;

    @Inject
    UserService users;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "PARLEY_TIMEZONE")
    Optional<String> timeZone;

    @Override
    public ActivityView create(Caller caller, ActivityInput input) {
        Activity activity = new Activity(clock.instant());
        apply(caller, activity, input);
        repository.add(activity);
        LOG.log(Level.INFO, "{0} {1} created for {2}, due {3}",
                new Object[] {activity.kind(), activity.id(), activity.assignee(), activity.due()});
        return view(activity);
    }

    @Override
    public ActivityView update(Caller caller, long id, ActivityInput input) {
        Activity activity = load(caller, id);
        apply(caller, activity, input);
        LOG.log(Level.INFO, "{0} {1} changed: {2}, due {3}, done {4}",
                new Object[] {activity.kind(), id, activity.assignee(), activity.due(), activity.done()});
        return view(activity);
    }

    @Override
    public void delete(Caller caller, long id) {
        Activity activity = load(caller, id);
        repository.remove(activity);
        LOG.log(Level.INFO, "{0} {1} removed by {2}", new Object[] {activity.kind(), id, caller.username()});
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ActivityView> find(Caller caller, long id) {
        return repository.find(id).filter(a -> sees(caller, a)).map(this::view);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ActivityView> search(Caller caller, ActivityQuery query, PageRequest page) {
        Optional<String> limit = TracingAccess.limitedTo(caller);
        if (limit.isPresent() && query.assignee().filter(a -> !a.equals(limit.get())).isPresent()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        ActivityQuery q = limit.isEmpty() ? query
                : new ActivityQuery(limit, query.due(), query.done(), query.caseId(), query.kind());
        return new Page<>(repository.search(q, page.offset(), page.size()).stream().map(this::view).toList(),
                page.page(), page.size(), repository.count(q));
    }

    @Override
    public LocalDate today() {
        ZoneId zone = timeZone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault());
        return LocalDate.now(clock.withZone(zone));
    }

    private static boolean sees(Caller caller, Activity a) {
        return TracingAccess.seesAll(caller) || a.assignee().equals(caller.username());
    }

    private Activity load(Caller caller, long id) {
        return repository.find(id).filter(a -> sees(caller, a))
                .orElseThrow(() -> new TracingNotFoundException("activity", id));
    }

    private void apply(Caller caller, Activity activity, ActivityInput input) {
        List<FieldError> errors = new ArrayList<>(validator.errorsOf(input));
        if (input == null) {
            throw new InvalidInputException(errors);
        }
        if (input.getAssignee() != null && users.find(input.getAssignee()).isEmpty()) {
            errors.add(new FieldError("assignee", "no user " + input.getAssignee()));
        } else if (input.getAssignee() != null && !TracingAccess.seesAll(caller)
                && !input.getAssignee().equals(caller.username())) {
            errors.add(new FieldError("assignee", "agents assign tasks to themselves only"));
        }
        Optional<CaseFile> caseFile = Optional.ofNullable(input.getCaseId()).flatMap(cases::find)
                .filter(c -> TracingAccess.sees(caller, c));
        if (input.getCaseId() != null && caseFile.isEmpty()) {
            errors.add(new FieldError("case", "no case " + input.getCaseId()));
        }
        Optional<Contact> contact = Optional.ofNullable(input.getContact()).flatMap(contacts::find);
        if (input.getContact() != null && contact.isEmpty()) {
            errors.add(new FieldError("contact", "no contact " + input.getContact()));
        }
        boolean isCall = errors.stream().noneMatch(e -> e.field().equals("kind")) && input.kind() == ActivityKind.CALL;
        if (isCall && input.getContact() == null) {
            errors.add(new FieldError("contact", "is required for a call"));
        }
        if (!isCall && input.getTitle() == null) {
            errors.add(new FieldError("title", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String title = input.getTitle() != null ? input.getTitle() : "Call " + contact.orElseThrow().name();
        activity.change(input.kind(), title, input.getAssignee(), input.getDue(),
                Boolean.TRUE.equals(input.getDone()), caseFile.orElseThrow().id(), contact.map(Contact::id));
    }

    private ActivityView view(Activity a) {
        Optional<ContactView> contact = a.contactId().flatMap(contacts::find).map(Contact::view);
        String reference = cases.find(a.caseId()).map(CaseFile::reference).orElse("");
        return new ActivityView(a.id(), a.kind(), a.title(), a.assignee(), a.due(), a.done(), a.caseId(), reference,
                a.contactId(), contact.map(ContactView::name), contact.flatMap(c -> c.phones().stream().findFirst()));
    }
}
