package org.parley.queue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.queue.QueueNumber;
import org.parley.queue.QueueRemoved;
import org.parley.queue.QueueSaved;
import org.parley.queue.QueueSettings;

/** Every queue's settings in memory, kept in step with committed changes: what the SIP path reads. */
@ApplicationScoped
public class QueueDirectory {

    private final Map<Long, QueueSettings> queues = new ConcurrentHashMap<>();
    private volatile Map<String, QueueNumber> numbers = Map.of();

    public Optional<QueueSettings> settings(long id) {
        return Optional.ofNullable(queues.get(id));
    }

    /** Every queue, by name. */
    public List<QueueSettings> all() {
        return queues.values().stream().sorted(Comparator.comparing(QueueSettings::name)).toList();
    }

    /** The queue answering this number, and what for. */
    public Optional<QueueNumber> number(String dialled) {
        return Optional.ofNullable(numbers.get(dialled));
    }

    synchronized void load(Collection<QueueSettings> all) {
        queues.clear();
        all.forEach(q -> queues.put(q.id(), q));
        reindex();
    }

    synchronized void onSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueSaved event) {
        queues.put(event.settings().id(), event.settings());
        reindex();
    }

    synchronized void onRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueRemoved event) {
        queues.remove(event.id());
        reindex();
    }

    private void reindex() {
        Map<String, QueueNumber> index = new ConcurrentHashMap<>();
        for (QueueSettings q : queues.values()) {
            index.put(q.extension(), new QueueNumber(q.id(), QueueNumber.Use.QUEUE));
            q.connectionNumber().ifPresent(n -> index.put(n, new QueueNumber(q.id(),
                    QueueNumber.Use.AGENT_CONNECTION)));
            q.disconnectionNumber().ifPresent(n -> index.put(n, new QueueNumber(q.id(),
                    QueueNumber.Use.AGENT_DISCONNECTION)));
        }
        numbers = Map.copyOf(index);
    }
}
