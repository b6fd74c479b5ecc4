package org.parley.tracing.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.parley.call.CallEvent;
import org.parley.call.CallLeg;
import org.parley.call.CallView;
import org.parley.call.LegState;
import org.parley.call.LegView;
import org.parley.tracing.ScreenPop;
import org.parley.tracing.ScreenPopChanged;
import org.parley.tracing.ScreenPops;

/**
 * Screen pops: when a call starts ringing extensions, who is calling is looked up (off the call's lock, on the managed
 * executor) and announced for those extensions; answered elsewhere or ended, the pop is withdrawn from the others.
 * The extension that answered keeps it until the call ends.
 */
@ApplicationScoped
public class ScreenPopper implements ScreenPops {

    private static final Logger LOG = Logger.getLogger(ScreenPopper.class.getName());
    private static final Set<LegState> RINGING = Set.of(LegState.CALLING, LegState.RINGING);

    /** The pop shown at each extension. */
    private final Map<String, ScreenPop> shown = new ConcurrentHashMap<>();
    /** The extensions each live call has been popped at (or is being looked up for). */
    private final Map<String, Set<String>> popped = new ConcurrentHashMap<>();

    @Inject
    ScreenPopLookup lookup;

    @Inject
    Event<ScreenPopChanged> changed;

    @Resource
    ManagedExecutorService executor;

    @Override
    public Optional<ScreenPop> at(String extension) {
        return Optional.ofNullable(shown.get(extension));
    }

    /** Runs under the call's lock: only works out who is new to pop, and hands the look-up on. */
    void onCall(@Observes CallEvent event) {
        CallView call = event.call();
        if (event.type() == CallEvent.Type.ENDED) {
            Set<String> extensions = popped.remove(call.id());
            if (extensions != null) {
                executor.execute(() -> withdraw(call.id(), extensions));
            }
            return;
        }
        if (call.answeredAt().isPresent()) {
            Set<String> extensions = popped.get(call.id());
            Optional<String> answerer = call.answeredBy().map(l -> l.party().number());
            if (extensions != null) {
                Set<String> others = extensions.stream().filter(e -> answerer.map(a -> !a.equals(e)).orElse(true))
                        .collect(Collectors.toSet());
                if (!others.isEmpty()) {
                    extensions.removeAll(others);
                    executor.execute(() -> withdraw(call.id(), others));
                }
            }
            return;
        }
        Set<String> ringing = call.legs().stream()
                .filter(l -> l.role() == CallLeg.Role.DESTINATION && RINGING.contains(l.state()))
                .map(LegView::party).map(p -> p.number()).collect(Collectors.toSet());
        Set<String> already = popped.computeIfAbsent(call.id(), id -> ConcurrentHashMap.newKeySet());
        Set<String> fresh = new HashSet<>(ringing);
        fresh.removeAll(already);
        if (!fresh.isEmpty()) {
            already.addAll(fresh);
            executor.execute(() -> pop(call, fresh, event));
        }
    }

    private void pop(CallView call, Set<String> extensions, CallEvent event) {
        String callId = call.id();
        String number = call.caller().number();
        try {
            if (!popped.containsKey(callId)) {
                return; // ended meanwhile
            }
            ScreenPop pop = lookup.of(call, extensions, event.at());
            extensions.forEach(e -> shown.put(e, pop));
            changed.fire(new ScreenPopChanged(extensions, Optional.of(pop)));
            LOG.log(Level.FINE, "Call {0} from {1} popped at {2} ({3})", new Object[] {callId, number, extensions,
                pop.contact().map(c -> c.name()).orElse(pop.known() ? "a company" : "unknown number")});
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No screen pop for call {0} from {1}: {2}", new Object[] {callId, number,
                e.toString()});
        }
    }

    private void withdraw(String callId, Set<String> extensions) {
        Set<String> cleared = extensions.stream()
                .filter(e -> shown.computeIfPresent(e, (k, p) -> p.callId().equals(callId) ? null : p) == null)
                .collect(Collectors.toSet());
        if (!cleared.isEmpty()) {
            changed.fire(new ScreenPopChanged(cleared, Optional.empty()));
        }
    }
}
