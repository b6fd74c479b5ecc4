package org.parley.tracing.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.tracing.Communication;
import org.parley.tracing.CommunicationQuery;
import org.parley.tracing.CommunicationRepository;

/** Call communications in the {@code communication} table. */
@ApplicationScoped
public class JpaCommunicationRepository implements CommunicationRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public Optional<Communication> find(long id) {
        return Optional.ofNullable(em.find(Communication.class, id));
    }

    @Override
    public boolean existsForCall(String callId) {
        return em.createQuery("SELECT COUNT(c) FROM Communication c WHERE c.callId = :call", Long.class)
                .setParameter("call", callId).getSingleResult() > 0;
    }

    @Override
    public List<Communication> search(CommunicationQuery query, Optional<String> limitedTo, int offset, int limit) {
        TypedQuery<Communication> q = em.createQuery("SELECT c FROM Communication c" + where(query, limitedTo)
                + " ORDER BY c.startedAt DESC, c.id DESC", Communication.class);
        bind(q, query, limitedTo);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(CommunicationQuery query, Optional<String> limitedTo) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM Communication c" + where(query, limitedTo),
                Long.class);
        bind(q, query, limitedTo);
        return q.getSingleResult();
    }

    @Override
    public void add(Communication communication) {
        em.persist(communication);
        em.flush();
    }

    @Override
    public void remove(Communication communication) {
        em.remove(communication);
    }

    private static String where(CommunicationQuery query, Optional<String> limitedTo) {
        List<String> conditions = new ArrayList<>();
        query.caseId().ifPresent(v -> conditions.add("c.caseId = :caseId"));
        query.contact().ifPresent(v -> conditions.add("(c.sender.contact = :contact OR c.recipient.contact = :contact)"));
        query.direction().ifPresent(v -> conditions.add("c.direction = :direction"));
        query.processed().ifPresent(v -> conditions.add("c.processed = :processed"));
        query.reached().ifPresent(v -> conditions.add("c.reached = :reached"));
        query.filed().ifPresent(v -> conditions.add(v ? "c.caseId IS NOT NULL" : "c.caseId IS NULL"));
        query.owner().ifPresent(v -> conditions.add("c.owner = :owner"));
        limitedTo.ifPresent(v -> conditions.add("(c.owner = :me OR c.sender.user = :me OR c.recipient.user = :me"
                + " OR c.caseId IN (SELECT f.id FROM CaseFile f WHERE :me MEMBER OF f.followers))"));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> q, CommunicationQuery query, Optional<String> limitedTo) {
        query.caseId().ifPresent(v -> q.setParameter("caseId", v));
        query.contact().ifPresent(v -> q.setParameter("contact", v));
        query.direction().ifPresent(v -> q.setParameter("direction", v));
        query.processed().ifPresent(v -> q.setParameter("processed", v));
        query.reached().ifPresent(v -> q.setParameter("reached", v));
        query.owner().ifPresent(v -> q.setParameter("owner", v));
        limitedTo.ifPresent(v -> q.setParameter("me", v));
    }
}
