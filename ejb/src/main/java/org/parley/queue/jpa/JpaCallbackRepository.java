package org.parley.queue.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.parley.queue.CallbackRepository;
import org.parley.queue.StoredCallback;

/** Pending queue callbacks in {@code queue_callback}; each write its own transaction (the queues' lanes have none). */
@ApplicationScoped
public class JpaCallbackRepository implements CallbackRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void save(StoredCallback callback) {
        em.merge(callback);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void remove(String id) {
        StoredCallback c = em.find(StoredCallback.class, id);
        if (c != null) {
            em.remove(c);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StoredCallback> ofQueue(long queueId) {
        return em.createQuery("SELECT c FROM StoredCallback c WHERE c.queueId = :q ORDER BY c.enteredAt, c.id",
                StoredCallback.class).setParameter("q", queueId).getResultList();
    }
}
