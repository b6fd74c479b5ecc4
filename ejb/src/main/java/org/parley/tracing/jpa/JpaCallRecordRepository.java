package org.parley.tracing.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.tracing.CallRecord;
import org.parley.tracing.CallRecordQuery;
import org.parley.tracing.CallRecordRepository;

/** Call records in {@code call_record}; writing one deletes its call's row in {@code call_in_progress}. */
@ApplicationScoped
public class JpaCallRecordRepository implements CallRecordRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void addAll(List<CallRecord> records) {
        records.forEach(em::persist);
        em.flush();
        // their calls are no longer in progress (CallInProgress): in the same transaction, so never both or neither
        em.createQuery("DELETE FROM CallInProgress c WHERE c.id IN :ids")
                .setParameter("ids", records.stream().map(CallRecord::id).toList()).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CallRecord> find(CallRecordQuery query, int offset, int limit) {
        Filter f = Filter.of(query);
        TypedQuery<CallRecord> q = em.createQuery("SELECT r FROM CallRecord r" + f.where
                + " ORDER BY r.facts.startedAt DESC, r.id", CallRecord.class);
        f.parameters.forEach(q::setParameter);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(CallRecordQuery query) {
        Filter f = Filter.of(query);
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(r) FROM CallRecord r" + f.where, Long.class);
        f.parameters.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** The WHERE clause of a query, with named parameters only (never concatenated values). */
    private record Filter(String where, Map<String, Object> parameters) {

        static Filter of(CallRecordQuery query) {
            StringBuilder where = new StringBuilder();
            Map<String, Object> params = new LinkedHashMap<>();
            query.from().ifPresent(v -> add(where, params, "r.facts.startedAt >= :from", "from",
                    v.atOffset(ZoneOffset.UTC)));
            query.to().ifPresent(v -> add(where, params, "r.facts.startedAt < :to", "to",
                    v.atOffset(ZoneOffset.UTC)));
            query.extension().ifPresent(v -> add(where, params, "(r.facts.callerNumber = :ext"
                    + " OR r.facts.calleeNumber = :ext OR r.facts.answeredByNumber = :ext)", "ext", v));
            query.number().ifPresent(v -> add(where, params, "(r.facts.callerNumber = :number"
                    + " OR r.facts.calleeNumber = :number)",
                    "number", v));
            query.disposition().ifPresent(v -> add(where, params, "r.disposition = :disposition", "disposition", v));
            return new Filter(where.toString(), params);
        }

        private static void add(StringBuilder where, Map<String, Object> params, String clause, String name,
                Object value) {
            where.append(where.isEmpty() ? " WHERE " : " AND ").append(clause);
            params.put(name, value);
        }
    }
}
