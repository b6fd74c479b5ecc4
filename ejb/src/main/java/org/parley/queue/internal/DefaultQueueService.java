package org.parley.queue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.parley.directory.ExtensionService;
import org.parley.media.MusicOnHold;
import org.parley.media.SoundLibrary;
import org.parley.platform.error.FieldError;
import org.parley.platform.error.InputValidator;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.numbers.NumberSpace;
import org.parley.platform.numbers.NumberUse;
import org.parley.queue.CallQueue;
import org.parley.queue.CallerAudio;
import org.parley.queue.DuplicateQueueException;
import org.parley.queue.FallbackTargets;
import org.parley.queue.MemberKind;
import org.parley.queue.QueueDefinition;
import org.parley.queue.QueueInput;
import org.parley.queue.QueueMemberView;
import org.parley.queue.QueueNotFoundException;
import org.parley.queue.QueueRemoved;
import org.parley.queue.QueueRepository;
import org.parley.queue.QueueSaved;
import org.parley.queue.QueueService;
import org.parley.queue.QueueSettings;
import org.parley.queue.Strategy;

/** Queues stored through {@link QueueRepository}; every change announced ({@link QueueSaved}, {@link QueueRemoved}). */
@ApplicationScoped
@Transactional
public class DefaultQueueService implements QueueService {

    private static final Logger LOG = Logger.getLogger(DefaultQueueService.class.getName());

    @Inject
    QueueRepository repository;

    @Inject
    QueueDirectory directory;

    @Inject
    ExtensionService extensions;

    @Inject
    InputValidator validator;

    @Inject
    NumberSpace numbers;

    @Inject
    Clock clock;

    @Inject
    MusicOnHold music;

    @Inject
    FallbackTargets fallbacks;

    @Inject
    SoundLibrary sounds;

    @Inject
    Event<QueueSaved> saved;

    @Inject
    Event<QueueRemoved> removed;

    @Override
    public QueueSettings create(QueueInput input) {
        QueueDefinition definition = definitionOf(input, Optional.empty());
        CallQueue queue = new CallQueue(definition, clock.instant());
        repository.add(queue);
        QueueSettings settings = queue.settings();
        saved.fire(new QueueSaved(settings));
        LOG.info(() -> "Queue " + settings.name() + " (" + settings.id() + ") created on extension "
                + settings.extension());
        return settings;
    }

    @Override
    public QueueSettings update(long id, QueueInput input) {
        CallQueue queue = repository.find(id).orElseThrow(() -> new QueueNotFoundException(id));
        queue.define(definitionOf(input, Optional.of(id)), clock.instant());
        QueueSettings settings = queue.settings();
        saved.fire(new QueueSaved(settings));
        LOG.info(() -> "Queue " + settings.name() + " (" + id + ") changed");
        return settings;
    }

    @Override
    public void delete(long id) {
        CallQueue queue = repository.find(id).orElseThrow(() -> new QueueNotFoundException(id));
        repository.remove(queue);
        removed.fire(new QueueRemoved(id));
        LOG.info(() -> "Queue " + queue.name() + " (" + id + ") deleted");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<QueueSettings> find(long id) {
        return repository.find(id).map(CallQueue::settings);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueueSettings> list() {
        return repository.all().stream().map(CallQueue::settings).toList();
    }

    /** Checks an input field by field, all errors at once, and makes it a definition. */
    private QueueDefinition definitionOf(QueueInput input, Optional<Long> self) {
        List<FieldError> errors = new ArrayList<>(validator.errorsOf(input));
        if (input == null) {
            throw new InvalidInputException(errors);
        }
        Optional<Strategy> strategy = Optional.ofNullable(input.getStrategy()).flatMap(Strategy::fromApiName);
        if (input.getStrategy() != null && strategy.isEmpty()) {
            errors.add(new FieldError("strategy", "must be one of ringall, leastrecent, fewestcalls, random,"
                    + " rrmemory, linear"));
        }
        if (input.getConnectionNumber() != null && (input.getConnectionNumber().equals(input.getExtension())
                || input.getConnectionNumber().equals(input.getDisconnectionNumber()))) {
            errors.add(new FieldError("connectionNumber", "must differ from the queue's other numbers"));
        }
        if (input.getDisconnectionNumber() != null && input.getDisconnectionNumber().equals(input.getExtension())) {
            errors.add(new FieldError("disconnectionNumber", "must differ from the queue's other numbers"));
        }
        if (input.getFallback() != null && fallbacks.find(input.getFallback()).isEmpty()) {
            errors.add(new FieldError("fallback", "no extension or mailbox " + input.getFallback()));
        }
        checkOrder(errors, "waitingRed", input.getWaitingAmber(), input.getWaitingRed(), true);
        checkOrder(errors, "longestWaitRedSeconds", input.getLongestWaitAmberSeconds(),
                input.getLongestWaitRedSeconds(), true);
        checkOrder(errors, "serviceLevelRedPercent", input.getServiceLevelAmberPercent(),
                input.getServiceLevelRedPercent(), false);
        checkOrder(errors, "abandonRateRedPercent", input.getAbandonRateAmberPercent(),
                input.getAbandonRateRedPercent(), true);
        Optional<CallerAudio.RingingMode> ringingMode = Optional.ofNullable(input.getRingingMode())
                .flatMap(CallerAudio.RingingMode::ofApiName);
        if (input.getRingingMode() != null && ringingMode.isEmpty()) {
            errors.add(new FieldError("ringingMode", "must be music or ringback"));
        }
        if (input.getMusicClass() != null && input.getMusicClass().matches(QueueInput.SOUND_NAME)
                && music.find(input.getMusicClass()).isEmpty()) {
            errors.add(new FieldError("musicClass", "no music class " + input.getMusicClass()));
        }
        if (input.getAnnouncement() != null && input.getAnnouncement().matches(QueueInput.SOUND_NAME)
                && sounds.info(input.getAnnouncement()).isEmpty()) {
            errors.add(new FieldError("announcement", "no sound " + input.getAnnouncement()));
        }
        List<QueueMemberView> members = new ArrayList<>();
        addMembers(errors, "staticAgents", input.getStaticAgents(), MemberKind.STATIC, members);
        addMembers(errors, "dynamicAgents", input.getDynamicAgents(), MemberKind.DYNAMIC, members);
        directory.all().stream()
                .filter(q -> self.map(id -> id != q.id()).orElse(true) && q.name().equals(input.getName()))
                .findFirst().ifPresent(q -> {
                    throw new DuplicateQueueException("name", input.getName());
                });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().distinct().sorted(InputValidator.ORDER).toList());
        }
        Predicate<NumberUse> own = u -> self.map(id -> QueueNumbers.ownOf(u, id)).orElse(false);
        numbers.requireFree("extension", input.getExtension(), own);
        numbers.requireFree("connectionNumber", input.getConnectionNumber(), own);
        numbers.requireFree("disconnectionNumber", input.getDisconnectionNumber(), own);
        return new QueueDefinition(input.getName(), input.getExtension(), strategy.orElseThrow(),
                input.getMaxWaitSeconds(), Optional.ofNullable(input.getFallback()), input.getAgentRingSeconds(),
                input.getRetrySeconds(), input.getWrapUpSeconds(), input.getMaxCallers(),
                input.getServiceLevelSeconds(), input.getJoinWhenEmpty(), input.getLeaveWhenEmpty(),
                Optional.ofNullable(input.getConnectionNumber()), Optional.ofNullable(input.getDisconnectionNumber()),
                members, input.thresholds(), new CallerAudio(input.getMusicClass(),
                        Optional.ofNullable(input.getAnnouncement()), input.getAnnouncePosition(),
                        input.getAnnounceHoldTime(), Duration.ofSeconds(input.getAnnounceFrequency()),
                        ringingMode.orElseThrow()), input.callback());
    }

    /** A red threshold lies past its amber one, in the direction that is worse ({@code rising}: higher). */
    private static void checkOrder(List<FieldError> errors, String redField, Integer amber, Integer red,
            boolean rising) {
        if (amber != null && red != null && (rising ? red <= amber : red >= amber)) {
            errors.add(new FieldError(redField, rising ? "must be above the amber threshold"
                    : "must be below the amber threshold"));
        }
    }

    private void addMembers(List<FieldError> errors, String field, List<String> agents, MemberKind kind,
            List<QueueMemberView> members) {
        if (agents == null) {
            return;
        }
        for (String agent : agents) {
            if (agent == null || !agent.matches(QueueInput.NUMBER)) {
                continue; // reported by validation
            }
            if (extensions.find(agent).isEmpty()) {
                errors.add(new FieldError(field, "no extension " + agent));
            } else if (members.stream().anyMatch(m -> m.extension().equals(agent))) {
                errors.add(new FieldError(field, "agent " + agent + " is listed twice"));
            } else {
                members.add(new QueueMemberView(agent, kind));
            }
        }
    }
}
