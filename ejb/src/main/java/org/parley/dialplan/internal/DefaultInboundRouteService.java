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
import org.parley.dialplan.InboundRoute;
import org.parley.dialplan.InboundRouteInput;
import org.parley.dialplan.InboundRouteNotFoundException;
import org.parley.dialplan.InboundRouteRemoved;
import org.parley.dialplan.InboundRouteRepository;
import org.parley.dialplan.InboundRouteSaved;
import org.parley.dialplan.InboundRouteService;
import org.parley.dialplan.InboundRouteView;
import org.parley.dialplan.NumberPlan;
import org.parley.platform.error.FieldError;
import org.parley.platform.numbers.NumberSpace;
import org.parley.platform.numbers.NumberUse;
import org.parley.platform.error.InputValidator;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;

/** Inbound routes stored through {@link InboundRouteRepository}, DIDs in E.164; every change announced. */
@ApplicationScoped
@Transactional
public class DefaultInboundRouteService implements InboundRouteService {

    private static final Logger LOG = Logger.getLogger(DefaultInboundRouteService.class.getName());

    @Inject
    InboundRouteRepository repository;

    @Inject
    NumberPlan plan;

    @Inject
    NumberSpace numbers;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Inject
    Event<InboundRouteSaved> saved;

    @Inject
    Event<InboundRouteRemoved> removed;

    @Override
    public InboundRouteView create(InboundRouteInput input) {
        validator.check(input);
        Optional<String> did = plan.toE164(input.getDid());
        checkNumbers(did, input.getExtension());
        InboundRoute route = new InboundRoute(did.orElseThrow(), input.getExtension(), clock.instant());
        repository.add(route);
        saved.fire(new InboundRouteSaved(route.did(), route.extension()));
        LOG.info(() -> "Inbound route " + route.did() + " -> extension " + route.extension() + " created");
        return view(route);
    }

    @Override
    public InboundRouteView update(String did, InboundRouteInput input) {
        InboundRoute route = stored(did);
        if (input.getDid() != null && !plan.toE164(input.getDid()).equals(Optional.of(route.did()))) {
            throw new InvalidInputException("did", "cannot be changed");
        }
        validator.check(new InboundRouteInput(route.did(), input.getExtension()));
        checkNumbers(Optional.of(route.did()), input.getExtension());
        route.ringExtension(input.getExtension(), clock.instant());
        saved.fire(new InboundRouteSaved(route.did(), route.extension()));
        LOG.info(() -> "Inbound route " + route.did() + " -> extension " + route.extension() + " changed");
        return view(route);
    }

    @Override
    public void delete(String did) {
        InboundRoute route = stored(did);
        repository.remove(route);
        removed.fire(new InboundRouteRemoved(route.did()));
        LOG.info(() -> "Inbound route " + route.did() + " deleted");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<InboundRouteView> find(String did) {
        return plan.toE164(did).flatMap(repository::find).map(DefaultInboundRouteService::view);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<InboundRouteView> list(PageRequest page) {
        return new Page<>(repository.list(page.offset(), page.size()).stream()
                .map(DefaultInboundRouteService::view).toList(), page.page(), page.size(), repository.count());
    }

    private InboundRoute stored(String did) {
        return plan.toE164(did).flatMap(repository::find).orElseThrow(() -> new InboundRouteNotFoundException(did));
    }

    private void checkNumbers(Optional<String> did, String extension) {
        List<FieldError> errors = new ArrayList<>();
        if (did.isEmpty()) {
            errors.add(new FieldError("did", "must be a phone number, E.164 (+33123456789) or national"));
        }
        // the target is any number a call can be sent to: an extension, or a queue (one number space)
        if (extension != null && !numbers.useOf(extension).map(NumberUse::reachable).orElse(false)) {
            errors.add(new FieldError("extension", "no extension or queue " + extension));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static InboundRouteView view(InboundRoute r) {
        return new InboundRouteView(r.did(), r.extension(), r.createdAt(), r.updatedAt());
    }
}
