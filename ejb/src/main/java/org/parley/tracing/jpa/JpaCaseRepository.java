package org.parley.tracing.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.parley.tracing.CaseFile;
import org.parley.tracing.CaseRepository;
import org.parley.tracing.CaseStatus;
import org.parley.tracing.DuplicateCaseReferenceException;

/** Case files in the {@code case_file} table and its party and follower tables. */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public Optional<CaseFile> find(long id) {
        return Optional.ofNullable(em.find(CaseFile.class, id));
    }

    @Override
    public Optional<CaseFile> findByReference(String reference) {
        return em.createQuery("SELECT c FROM CaseFile c WHERE c.reference = :reference", CaseFile.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    @Override
    public List<CaseFile> search(Optional<String> namePattern, Optional<CaseStatus> status, Optional<String> follower,
            int offset, int limit) {
        TypedQuery<CaseFile> query = em.createQuery("SELECT c FROM CaseFile c" + where(namePattern, status, follower)
                + " ORDER BY c.createdAt DESC, c.id DESC", CaseFile.class);
        bind(query, namePattern, status, follower);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Optional<String> namePattern, Optional<CaseStatus> status, Optional<String> follower) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(c) FROM CaseFile c"
                + where(namePattern, status, follower), Long.class);
        bind(query, namePattern, status, follower);
        return query.getSingleResult();
    }

    @Override
    public List<CaseFile> openCasesOf(Optional<Long> contact, Optional<Long> company) {
        List<String> parties = new ArrayList<>();
        contact.ifPresent(c -> parties.add(":contact MEMBER OF c.contacts"));
        company.ifPresent(c -> parties.add(":company MEMBER OF c.companies"));
        if (parties.isEmpty()) {
            return List.of();
        }
        TypedQuery<CaseFile> query = em.createQuery("SELECT c FROM CaseFile c WHERE c.status = :open AND ("
                + String.join(" OR ", parties) + ") ORDER BY c.id", CaseFile.class)
                .setParameter("open", CaseStatus.OPEN);
        contact.ifPresent(c -> query.setParameter("contact", c));
        company.ifPresent(c -> query.setParameter("company", c));
        return query.getResultList();
    }

    @Override
    public void add(CaseFile caseFile) {
        if (findByReference(caseFile.reference()).isPresent()) {
            throw new DuplicateCaseReferenceException(caseFile.reference());
        }
        em.persist(caseFile);
    }

    @Override
    public void remove(CaseFile caseFile) {
        em.remove(caseFile);
    }

    private static String where(Optional<String> namePattern, Optional<CaseStatus> status, Optional<String> follower) {
        List<String> conditions = new ArrayList<>();
        namePattern.ifPresent(n -> conditions.add(
                "(LOWER(c.title) LIKE :name ESCAPE '\\' OR LOWER(c.reference) LIKE :name ESCAPE '\\')"));
        status.ifPresent(s -> conditions.add("c.status = :status"));
        follower.ifPresent(f -> conditions.add(":follower MEMBER OF c.followers"));
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(TypedQuery<?> query, Optional<String> namePattern, Optional<CaseStatus> status,
            Optional<String> follower) {
        namePattern.ifPresent(n -> query.setParameter("name", n));
        status.ifPresent(s -> query.setParameter("status", s));
        follower.ifPresent(f -> query.setParameter("follower", f));
    }
}
