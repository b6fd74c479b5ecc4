package org.parley.trunk.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InputValidator;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;
import org.parley.trunk.Trunk;
import org.parley.trunk.TrunkDetails;
import org.parley.trunk.TrunkInput;
import org.parley.trunk.TrunkNotFoundException;
import org.parley.trunk.TrunkRemoved;
import org.parley.trunk.TrunkRepository;
import org.parley.trunk.TrunkSaved;
import org.parley.trunk.TrunkService;
import org.parley.trunk.TrunkSettings;
import org.parley.trunk.TrunkView;

/** Trunks stored through {@link TrunkRepository}, passwords sealed; every change announced as an event. */
@ApplicationScoped
@Transactional
public class DefaultTrunkService implements TrunkService {

    private static final Logger LOG = Logger.getLogger(DefaultTrunkService.class.getName());

    @Inject
    TrunkRepository repository;

    @Inject
    TrunkPasswords passwords;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Inject
    Event<TrunkSaved> saved;

    @Inject
    Event<TrunkRemoved> removed;

    @Override
    public TrunkDetails create(TrunkInput input) {
        validator.check(input);
        checkCredentials(input, false);
        String name = input.getName();
        TrunkSettings settings = input.settings();
        Trunk trunk = new Trunk(name, settings, sealed(name, input), clock.instant());
        repository.add(trunk);
        saved.fire(new TrunkSaved(TrunkView.of(name, settings, Optional.ofNullable(input.getPassword()))));
        LOG.log(Level.INFO, "Trunk {0} created: {1}", new Object[] {name, describe(settings)});
        return details(trunk);
    }

    @Override
    public TrunkDetails update(String name, TrunkInput input) {
        Trunk trunk = repository.find(name).orElseThrow(() -> new TrunkNotFoundException(name));
        if (input.getName() != null && !name.equals(input.getName())) {
            throw new InvalidInputException("name", "cannot be changed");
        }
        TrunkInput named = validator.check(new TrunkInput(name, input));
        checkCredentials(named, trunk.passwordSealed().isPresent());
        TrunkSettings settings = named.settings();
        trunk.reconfigure(settings, sealed(name, named), clock.instant());
        Optional<String> password = Optional.ofNullable(named.getPassword()).or(() -> passwords.open(trunk));
        saved.fire(new TrunkSaved(TrunkView.of(name, settings, password)));
        LOG.log(Level.INFO, "Trunk {0} changed: {1}", new Object[] {name, describe(settings)});
        return details(trunk);
    }

    @Override
    public void delete(String name) {
        Trunk trunk = repository.find(name).orElseThrow(() -> new TrunkNotFoundException(name));
        repository.remove(trunk);
        removed.fire(new TrunkRemoved(name));
        LOG.info(() -> "Trunk " + name + " deleted");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TrunkDetails> find(String name) {
        return repository.find(name).map(DefaultTrunkService::details);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TrunkDetails> list(PageRequest page) {
        return new Page<>(repository.list(page.offset(), page.size()).stream().map(DefaultTrunkService::details)
                .toList(), page.page(), page.size(), repository.count());
    }

    private static void checkCredentials(TrunkInput input, boolean passwordStored) {
        List<FieldError> errors = input.credentialErrors(passwordStored);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private Optional<String> sealed(String name, TrunkInput input) {
        return Optional.ofNullable(input.getPassword()).map(p -> passwords.seal(name, p));
    }

    private static TrunkDetails details(Trunk t) {
        return new TrunkDetails(t.name(), t.settings(), t.passwordSealed().isPresent(), t.createdAt(),
                t.updatedAt());
    }

    private static String describe(TrunkSettings s) {
        return s.host() + ":" + s.port() + " " + s.transport() + (s.register() ? ", registering" : "")
                + (s.enabled() ? "" : ", disabled");
    }
}
