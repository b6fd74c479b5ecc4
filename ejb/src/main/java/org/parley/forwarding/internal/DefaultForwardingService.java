package org.parley.forwarding.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.parley.dialplan.NumberPlan;
import org.parley.directory.ExtensionNotFoundException;
import org.parley.directory.ExtensionService;
import org.parley.forwarding.ExtensionForwarding;
import org.parley.forwarding.ExtraDevice;
import org.parley.forwarding.ForwardKind;
import org.parley.forwarding.ForwardRule;
import org.parley.forwarding.ForwardingInput;
import org.parley.forwarding.ForwardingRepository;
import org.parley.forwarding.ForwardingRules;
import org.parley.forwarding.ForwardingSaved;
import org.parley.forwarding.ForwardingService;
import org.parley.dialplan.TollFraudPolicy;
import org.parley.platform.numbers.NumberSpace;
import org.parley.platform.numbers.NumberUse;

/** Forwarding stored through {@link ForwardingRepository}; every change announced ({@link ForwardingSaved}). */
@ApplicationScoped
@Transactional
public class DefaultForwardingService implements ForwardingService {

    private static final Logger LOG = Logger.getLogger(DefaultForwardingService.class.getName());

    @Inject
    ForwardingRepository repository;

    @Inject
    ExtensionService extensions;

    @Inject
    NumberPlan numbers;

    @Inject
    TollFraudPolicy policy;

    @Inject
    NumberSpace numberSpace;

    @Inject
    Clock clock;

    @Inject
    ForwardingCache cache;

    @Inject
    Event<ForwardingSaved> saved;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ForwardingRules get(String extension) {
        requireExtension(extension);
        return repository.find(extension).map(ExtensionForwarding::rules)
                .orElseGet(() -> ForwardingRules.none(extension));
    }

    @Override
    public ForwardingRules update(String extension, ForwardingInput input) {
        requireExtension(extension);
        ForwardingRules rules = validation().rules(extension, input == null ? new ForwardingInput() : input);
        return store(rules, "changed");
    }

    @Override
    public ForwardingRules enable(String extension, ForwardKind kind, String target) {
        return change(extension, kind, current -> validation().enable(extension, kind, current, target),
                "switched on");
    }

    @Override
    public ForwardingRules disable(String extension, ForwardKind kind) {
        return change(extension, kind, ForwardRule::off, "switched off");
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExtraDevice> extraDevices(String extension) {
        return cache.rulesOf(extension).extraDevices();
    }

    private ForwardingRules change(String extension, ForwardKind kind, UnaryOperator<ForwardRule> newRule,
            String what) {
        ForwardingRules current = get(extension);
        return store(current.with(kind, newRule.apply(current.rule(kind))), "rule " + kind.field() + " " + what);
    }

    private ForwardingRules store(ForwardingRules rules, String what) {
        ExtensionForwarding stored = repository.find(rules.extension()).orElse(null);
        if (stored == null) {
            repository.add(new ExtensionForwarding(rules, clock.instant()));
        } else {
            stored.replace(rules, clock.instant());
        }
        saved.fire(new ForwardingSaved(rules));
        LOG.info(() -> "Forwarding of extension " + rules.extension() + " " + what + ": " + describe(rules));
        return rules;
    }

    private static String describe(ForwardingRules rules) {
        StringBuilder sb = new StringBuilder();
        for (ForwardKind kind : ForwardKind.values()) {
            ForwardRule r = rules.rule(kind);
            if (r.enabled()) {
                sb.append(kind.field()).append("→").append(r.target().orElse("?")).append(' ');
            }
        }
        rules.extraDevices().forEach(d -> sb.append("device ").append(d.number()).append(' '));
        return sb.length() == 0 ? "nothing on" : sb.toString().strip();
    }

    private ForwardingValidation validation() {
        return new ForwardingValidation(numbers, policy::check,
                n -> numberSpace.useOf(n).filter(u -> NumberUse.QUEUE.equals(u.kind())).isPresent());
    }

    private void requireExtension(String extension) {
        if (extensions.find(extension).isEmpty()) {
            throw new ExtensionNotFoundException(extension);
        }
    }
}
