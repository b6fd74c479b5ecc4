package org.parley.directory.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.parley.dialplan.NumberKind;
import org.parley.directory.Extension;
import org.parley.directory.ExtensionInput;
import org.parley.directory.ExtensionNotFoundException;
import org.parley.directory.ExtensionQuery;
import org.parley.directory.ExtensionRemoved;
import org.parley.directory.ExtensionRepository;
import org.parley.directory.ExtensionSaved;
import org.parley.directory.ExtensionService;
import org.parley.directory.ExtensionView;
import org.parley.directory.SipSecret;
import org.parley.platform.config.SipDomain;
import org.parley.platform.error.InputValidator;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.numbers.NumberSpace;
import org.parley.platform.numbers.NumberUse;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;

/** Extensions stored through {@link ExtensionRepository}; every change announced as an event. */
@ApplicationScoped
@Transactional
public class DefaultExtensionService implements ExtensionService {

    private static final Logger LOG = Logger.getLogger(DefaultExtensionService.class.getName());

    @Inject
    ExtensionRepository repository;

    @Inject
    InputValidator validator;

    @Inject
    NumberSpace numbers;

    @Inject
    SipDomain domain;

    @Inject
    Clock clock;

    @Inject
    Event<ExtensionSaved> saved;

    @Inject
    Event<ExtensionRemoved> removed;

    @Override
    public ExtensionView create(ExtensionInput input) {
        validator.check(input, ExtensionInput.OnCreate.class);
        // one number space: a queue's number or a feature code cannot become an extension (a duplicate extension is
        // the repository's DuplicateExtensionException)
        numbers.requireFree("number", input.getNumber(), u -> NumberUse.EXTENSION.equals(u.kind()));
        Extension extension = new Extension(input.getNumber(), input.getDisplayName(),
                SipSecret.fromPassword(input.getNumber(), domain.realm(), input.getSipPassword()), clock.instant());
        if (input.getRingSeconds() != null) {
            extension.changeRingTime(input.getRingSeconds(), clock.instant());
        }
        OutboundClassInput.parse(input.getOutboundClass())
                .ifPresent(c -> extension.changeOutboundClass(c, clock.instant()));
        repository.add(extension);
        saved.fire(new ExtensionSaved(view(extension), extension.secret()));
        LOG.info(() -> "Extension " + extension.number() + " created");
        return view(extension);
    }

    @Override
    public ExtensionView update(String number, ExtensionInput input) {
        Extension extension = repository.find(number).orElseThrow(() -> new ExtensionNotFoundException(number));
        if (input.getNumber() != null && !number.equals(input.getNumber())) {
            throw new InvalidInputException("number", "cannot be changed");
        }
        ExtensionInput checked = new ExtensionInput(number, input.getDisplayName(), input.getSipPassword());
        checked.setRingSeconds(input.getRingSeconds());
        validator.check(checked);
        Optional<Set<NumberKind>> outboundClass = OutboundClassInput.parse(input.getOutboundClass());
        extension.rename(input.getDisplayName(), clock.instant());
        if (input.getRingSeconds() != null) {
            extension.changeRingTime(input.getRingSeconds(), clock.instant());
        }
        outboundClass.ifPresent(c -> extension.changeOutboundClass(c, clock.instant()));
        if (input.getSipPassword() != null) {
            extension.changeSecret(SipSecret.fromPassword(number, domain.realm(), input.getSipPassword()),
                    clock.instant());
        }
        saved.fire(new ExtensionSaved(view(extension), extension.secret()));
        LOG.info(() -> "Extension " + number + " changed");
        return view(extension);
    }

    @Override
    public void delete(String number) {
        Extension extension = repository.find(number).orElseThrow(() -> new ExtensionNotFoundException(number));
        repository.remove(extension);
        removed.fire(new ExtensionRemoved(number));
        LOG.info(() -> "Extension " + number + " deleted");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExtensionView> find(String number) {
        return repository.find(number).map(DefaultExtensionService::view);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExtensionView> list(PageRequest page) {
        return new Page<>(repository.list(page.offset(), page.size()).stream().map(DefaultExtensionService::view)
                .toList(), page.page(), page.size(), repository.count());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ExtensionView> search(ExtensionQuery query, PageRequest page) {
        return new Page<>(repository.search(query, page.offset(), page.size()).stream()
                .map(DefaultExtensionService::view).toList(), page.page(), page.size(), repository.count(query));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count() {
        return repository.count();
    }

    static ExtensionView view(Extension e) {
        return new ExtensionView(e.number(), e.displayName(), e.ringSeconds(), e.outboundClass(), e.createdAt(),
                e.updatedAt());
    }
}
