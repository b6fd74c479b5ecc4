package org.parley.tracing.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.tracing.Activity;
import org.parley.tracing.ActivityQuery;
import org.parley.tracing.ActivityRepository;

/** Tasks and scheduled calls in the {@code activity} table. */
@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public Optional<Activity> find(long id) {
        return Optional.ofNullable(em.find(Activity.class, id));
    }

    @Override
    public List<Activity> search(ActivityQuery query, int offset, int limit) {
        TypedQuery<Activity> q = em.createQuery("SELECT a FROM Activity a" + where(query)
                + " ORDER BY a.due, a.id", Activity.class);
        bind(q, query);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(ActivityQuery query) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(a) FROM Activity a" + where(query), Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    @Override
    public void add(Activity activity) {
        em.persist(activity);
        em.flush();
    }

    @Override
    public void remove(Activity activity) {
        em.remove(activity);
    }

    private static String where(ActivityQuery query) {
        List<String> conditions = new ArrayList<>();
        query.assignee().ifPresent(v -> conditions.add("a.assignee = :assignee"));
        query.due().ifPresent(v -> conditions.add("a.due = :due"));
        query.done().ifPresent(v -> conditions.add("a.done = :done"));
        query.caseId().ifPresent(v -> conditions.add("a.caseId = :caseId"));
        query.kind().ifPresent(v -> conditions.add("a.kind = :kind"));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> q, ActivityQuery query) {
        query.assignee().ifPresent(v -> q.setParameter("assignee", v));
        query.due().ifPresent(v -> q.setParameter("due", v));
        query.done().ifPresent(v -> q.setParameter("done", v));
        query.caseId().ifPresent(v -> q.setParameter("caseId", v));
        query.kind().ifPresent(v -> q.setParameter("kind", v));
    }
}
