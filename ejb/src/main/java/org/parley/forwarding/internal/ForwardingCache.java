package org.parley.forwarding.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.call.CallForwarding;
import org.parley.call.CallHop;
import org.parley.call.Disposition;
import org.parley.call.ForwardPlan;
import org.parley.call.ForwardStep;
import org.parley.call.Party;
import org.parley.directory.Directory;
import org.parley.directory.ExtensionRemoved;
import org.parley.forwarding.ForwardChain;
import org.parley.forwarding.ForwardKind;
import org.parley.forwarding.ForwardingRules;
import org.parley.forwarding.ForwardingSaved;
import org.parley.forwarding.ForwardingSettings;
import org.parley.dialplan.TollFraudPolicy;
import org.parley.platform.numbers.NumberSpace;
import org.parley.platform.numbers.NumberUse;
import org.parley.registrar.Registrations;

/**
 * The forwarding of every extension in memory, kept in step with committed changes, and the decisions call control
 * asks of it ({@link ForwardChain}).
 */
@ApplicationScoped
public class ForwardingCache implements CallForwarding {

    private final Map<String, ForwardingRules> byExtension = new ConcurrentHashMap<>();

    @Inject
    Directory directory;

    @Inject
    Registrations registrations;

    @Inject
    TollFraudPolicy policy;

    @Inject
    ForwardingSettings settings;

    @Inject
    NumberSpace numbers;

    /** The rules of an extension ({@link ForwardingRules#none} when it has none). */
    ForwardingRules rulesOf(String extension) {
        return Optional.ofNullable(byExtension.get(extension)).orElseGet(() -> ForwardingRules.none(extension));
    }

    @Override
    public ForwardPlan beforeRinging(String extension, List<CallHop> earlier, Instant now) {
        return chain().beforeRinging(extension, earlier, now);
    }

    @Override
    public ForwardStep afterRinging(String extension, Disposition outcome, Party called, List<CallHop> earlier,
            Instant now) {
        ForwardKind kind = outcome == Disposition.BUSY ? ForwardKind.BUSY
                : outcome == Disposition.NO_ANSWER ? ForwardKind.NO_ANSWER : ForwardKind.UNAVAILABLE;
        return chain().afterRinging(extension, kind, called, earlier, now);
    }

    private ForwardChain chain() {
        return new ForwardChain(this::rulesOf, n -> directory.extension(n).isPresent(),
                n -> numbers.useOf(n).filter(u -> NumberUse.QUEUE.equals(u.kind())).isPresent(),
                n -> !registrations.list(Optional.of(n)).isEmpty(), policy::check, settings.companyNumber(),
                settings.maxHops());
    }

    void load(Collection<ForwardingRules> all) {
        byExtension.clear();
        all.forEach(r -> byExtension.put(r.extension(), r));
    }

    int size() {
        return byExtension.size();
    }

    void onSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ForwardingSaved event) {
        byExtension.put(event.rules().extension(), event.rules());
    }

    void onExtensionRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ExtensionRemoved event) {
        byExtension.remove(event.number());
    }
}
