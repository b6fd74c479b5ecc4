package org.parley.trunk.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.trunk.TrunkRemoved;
import org.parley.trunk.TrunkSaved;
import org.parley.trunk.TrunkSources;
import org.parley.trunk.TrunkView;
import org.parley.trunk.Trunks;

/** Every trunk in memory, kept in step with committed changes; the source table rebuilt on each change. */
@ApplicationScoped
public class TrunkCache implements Trunks {

    private final Map<String, TrunkView> byName = new ConcurrentHashMap<>();
    private volatile TrunkSources sources = new TrunkSources(List.of());

    @Override
    public Optional<TrunkView> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name));
    }

    @Override
    public Optional<TrunkView> bySource(String ipAddress) {
        return sources.match(ipAddress);
    }

    @Override
    public List<TrunkView> all() {
        return byName.values().stream().sorted(Comparator.comparing(TrunkView::name)).toList();
    }

    synchronized void load(Collection<TrunkView> trunks) {
        byName.clear();
        trunks.forEach(t -> byName.put(t.name(), t));
        rebuild();
    }

    synchronized void onSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) TrunkSaved event) {
        byName.put(event.trunk().name(), event.trunk());
        rebuild();
    }

    synchronized void onRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) TrunkRemoved event) {
        byName.remove(event.name());
        rebuild();
    }

    private void rebuild() {
        sources = new TrunkSources(byName.values());
    }
}
