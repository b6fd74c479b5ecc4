package org.parley.queue.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.queue.QueueEvent;
import org.parley.queue.QueueEventQuery;
import org.parley.queue.QueueEventRepository;
import org.parley.queue.QueueEventType;

/** Queue events in the {@code queue_event} table. */
@ApplicationScoped
public class JpaQueueEventRepository implements QueueEventRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void addAll(List<QueueEvent> events) {
        events.forEach(em::persist);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueueEvent> find(QueueEventQuery query, int offset, int limit) {
        return typed("SELECT e FROM QueueEvent e", " ORDER BY e.occurredAt, e.id", query, QueueEvent.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(QueueEventQuery query) {
        return typed("SELECT COUNT(e) FROM QueueEvent e", "", query, Long.class).getSingleResult();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueueEvent> latestPerAgent(long queueId, Set<QueueEventType> types) {
        // the latest by time, and among events of the same instant the last stored (ids grow within a run)
        return em.createQuery("SELECT e FROM QueueEvent e WHERE e.queueId = :queue AND e.event IN :types"
                + " AND e.agent IS NOT NULL AND NOT EXISTS (SELECT l FROM QueueEvent l WHERE l.queueId = e.queueId"
                + " AND l.agent = e.agent AND l.event IN :types AND (l.occurredAt > e.occurredAt"
                + " OR (l.occurredAt = e.occurredAt AND l.id > e.id)))", QueueEvent.class)
                .setParameter("queue", queueId).setParameter("types", List.copyOf(types)).getResultList();
    }

    private <T> TypedQuery<T> typed(String select, String order, QueueEventQuery q, Class<T> type) {
        StringBuilder where = new StringBuilder(" WHERE e.queueId = :queue");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("queue", q.queueId());
        q.from().ifPresent(f -> {
            where.append(" AND e.occurredAt >= :from");
            params.put("from", f.atOffset(ZoneOffset.UTC));
        });
        q.to().ifPresent(t -> {
            where.append(" AND e.occurredAt < :to");
            params.put("to", t.atOffset(ZoneOffset.UTC));
        });
        if (!q.types().isEmpty()) {
            where.append(" AND e.event IN :types");
            params.put("types", List.copyOf(q.types()));
        }
        q.callId().ifPresent(c -> {
            where.append(" AND e.callId = :call");
            params.put("call", c);
        });
        q.agent().ifPresent(a -> {
            where.append(" AND e.agent = :agent");
            params.put("agent", a);
        });
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        params.forEach(query::setParameter);
        return query;
    }
}
