package org.parley.queue.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parley.platform.persistence.StorageErrors;
import org.parley.queue.CallQueue;
import org.parley.queue.DuplicateQueueException;
import org.parley.queue.QueueRepository;

/** Queues in the {@code call_queue} and {@code call_queue_member} tables. */
@ApplicationScoped
public class JpaQueueRepository implements QueueRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public Optional<CallQueue> find(long id) {
        return Optional.ofNullable(em.find(CallQueue.class, id));
    }

    @Override
    public List<CallQueue> all() {
        return em.createQuery("SELECT q FROM CallQueue q ORDER BY q.name", CallQueue.class).getResultList();
    }

    @Override
    public void add(CallQueue queue) {
        em.persist(queue);
        StorageErrors.onUnique(() -> new DuplicateQueueException("name", queue.name())).flush(em);
    }

    @Override
    public void remove(CallQueue queue) {
        em.remove(queue);
    }
}
