package org.parley.tracing.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.parley.tracing.SearchTerm;

/** Storage of an entity with a {@code name} and a {@code phones} collection (contacts, companies), searched in JPQL. */
abstract class PhoneEntityRepository<T> {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    private final Class<T> type;

    protected PhoneEntityRepository(Class<T> type) {
        this.type = type;
    }

    public Optional<T> find(long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    public List<T> search(SearchTerm term, int offset, int limit) {
        TypedQuery<T> query = em.createQuery("SELECT DISTINCT e FROM " + type.getSimpleName() + " e" + where(term)
                + " ORDER BY e.name, e.id", type);
        bind(query, term);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(SearchTerm term) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(DISTINCT e) FROM " + type.getSimpleName() + " e"
                + where(term), Long.class);
        bind(query, term);
        return query.getSingleResult();
    }

    public List<T> withNumber(String number) {
        return em.createQuery("SELECT DISTINCT e FROM " + type.getSimpleName() + " e JOIN e.phones p"
                + " WHERE p = :number ORDER BY e.name, e.id", type).setParameter("number", number).getResultList();
    }

    public void add(T entity) {
        em.persist(entity);
        em.flush();
    }

    public void remove(T entity) {
        em.remove(entity);
    }

    private static String where(SearchTerm term) {
        if (term.all()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" LEFT JOIN e.phones p WHERE LOWER(e.name) LIKE :name ESCAPE '\\'");
        term.digitPattern().ifPresent(d -> sb.append(" OR p LIKE :digits"));
        term.number().ifPresent(n -> sb.append(" OR p = :number"));
        return sb.toString();
    }

    private static void bind(TypedQuery<?> query, SearchTerm term) {
        term.namePattern().ifPresent(n -> query.setParameter("name", n));
        term.digitPattern().ifPresent(d -> query.setParameter("digits", d));
        term.number().ifPresent(n -> query.setParameter("number", n));
    }
}
