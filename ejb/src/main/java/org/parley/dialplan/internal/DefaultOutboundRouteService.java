package org.parley.dialplan.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.parley.dialplan.OutboundRoute;
import org.parley.dialplan.OutboundRouteInput;
import org.parley.dialplan.OutboundRouteNotFoundException;
import org.parley.dialplan.OutboundRouteRemoved;
import org.parley.dialplan.OutboundRouteRepository;
import org.parley.dialplan.OutboundRouteSaved;
import org.parley.dialplan.OutboundRouteService;
import org.parley.dialplan.OutboundRouteView;
import org.parley.dialplan.OutboundRule;
import org.parley.dialplan.RouteClass;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InputValidator;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.trunk.TrunkService;

/** Outbound routes stored through {@link OutboundRouteRepository}; every change announced as an event. */
@ApplicationScoped
@Transactional
public class DefaultOutboundRouteService implements OutboundRouteService {

    private static final Logger LOG = Logger.getLogger(DefaultOutboundRouteService.class.getName());

    @Inject
    OutboundRouteRepository repository;

    @Inject
    TrunkService trunks;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Inject
    Event<OutboundRouteSaved> saved;

    @Inject
    Event<OutboundRouteRemoved> removed;

    @Override
    public OutboundRouteView create(OutboundRouteInput input) {
        OutboundRule rule = checked(input);
        OutboundRoute route = new OutboundRoute(rule, clock.instant());
        repository.add(route);
        saved.fire(new OutboundRouteSaved(rule));
        LOG.info(() -> "Outbound route " + describe(rule) + " created");
        return view(route);
    }

    @Override
    public OutboundRouteView update(String name, OutboundRouteInput input) {
        OutboundRoute route = repository.find(name).orElseThrow(() -> new OutboundRouteNotFoundException(name));
        if (input.getName() != null && !name.equals(input.getName())) {
            throw new InvalidInputException("name", "cannot be changed");
        }
        OutboundRule rule = checked(new OutboundRouteInput(name, input));
        route.change(rule, clock.instant());
        repository.save(route);
        saved.fire(new OutboundRouteSaved(rule));
        LOG.info(() -> "Outbound route " + describe(rule) + " changed");
        return view(route);
    }

    @Override
    public void delete(String name) {
        OutboundRoute route = repository.find(name).orElseThrow(() -> new OutboundRouteNotFoundException(name));
        repository.remove(route);
        removed.fire(new OutboundRouteRemoved(name));
        LOG.info(() -> "Outbound route " + name + " deleted");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OutboundRouteView> find(String name) {
        return repository.find(name).map(DefaultOutboundRouteService::view);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OutboundRouteView> list(PageRequest page) {
        return new Page<>(repository.list(page.offset(), page.size()).stream()
                .map(DefaultOutboundRouteService::view).toList(), page.page(), page.size(), repository.count());
    }

    /** Bean Validation, then the rules it cannot express: the trunk exists; an emergency route has no prefix. */
    private OutboundRule checked(OutboundRouteInput input) {
        validator.check(input);
        List<FieldError> errors = new ArrayList<>();
        if (trunks.find(input.getTrunk()).isEmpty()) {
            errors.add(new FieldError("trunk", "no trunk named " + input.getTrunk()));
        }
        if (input.numberClass() == RouteClass.EMERGENCY && input.getPrefix() != null) {
            errors.add(new FieldError("prefix", "must be empty for an EMERGENCY route (emergency numbers are short"
                    + " numbers, not E.164)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return input.rule();
    }

    private static OutboundRouteView view(OutboundRoute r) {
        return new OutboundRouteView(r.rule(), r.createdAt(), r.updatedAt());
    }

    private static String describe(OutboundRule r) {
        return r.name() + " (priority " + r.priority() + ", " + r.numberClass() + r.prefix().map(p -> " " + p)
                .orElse("") + " via trunk " + r.trunk() + ")";
    }
}
