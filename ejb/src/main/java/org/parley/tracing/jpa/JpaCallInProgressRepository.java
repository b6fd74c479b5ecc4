package org.parley.tracing.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.parley.tracing.CallInProgress;
import org.parley.tracing.CallInProgressRepository;

/** Calls in progress in {@code call_in_progress}. */
@ApplicationScoped
public class JpaCallInProgressRepository implements CallInProgressRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void saveAll(List<CallInProgress> calls) {
        calls.forEach(em::merge);
        em.flush();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CallInProgress> all() {
        return em.createQuery("SELECT c FROM CallInProgress c ORDER BY c.facts.startedAt", CallInProgress.class)
                .getResultList();
    }
}
