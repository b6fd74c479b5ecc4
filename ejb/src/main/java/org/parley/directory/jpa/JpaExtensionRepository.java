package org.parley.directory.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.directory.DuplicateExtensionException;
import org.parley.directory.Extension;
import org.parley.directory.ExtensionQuery;
import org.parley.directory.ExtensionRepository;
import org.parley.platform.persistence.StorageErrors;

/** Extensions in the {@code extension} table. */
@ApplicationScoped
public class JpaExtensionRepository implements ExtensionRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public Optional<Extension> find(String number) {
        return em.createQuery("SELECT e FROM Extension e WHERE e.number = :number", Extension.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Extension> list(int offset, int limit) {
        return em.createQuery("SELECT e FROM Extension e ORDER BY e.number", Extension.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Extension> search(ExtensionQuery query, int offset, int limit) {
        String order = switch (query.sort()) {
            case NUMBER -> "e.number";
            case DISPLAY_NAME -> "LOWER(e.displayName)";
        };
        String direction = query.descending() ? " DESC" : " ASC";
        TypedQuery<Extension> q = em.createQuery("SELECT e FROM Extension e" + where(query) + " ORDER BY " + order
                + direction + ", e.number" + direction, Extension.class);
        bind(q, query);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(ExtensionQuery query) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(e) FROM Extension e" + where(query), Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    private static String where(ExtensionQuery query) {
        StringBuilder sb = new StringBuilder();
        query.number().ifPresent(n -> sb.append(" AND e.number LIKE :number ESCAPE '\\'"));
        query.displayName().ifPresent(n -> sb.append(" AND LOWER(e.displayName) LIKE :name ESCAPE '\\'"));
        return sb.isEmpty() ? "" : " WHERE" + sb.substring(4);
    }

    private static void bind(TypedQuery<?> q, ExtensionQuery query) {
        query.number().ifPresent(n -> q.setParameter("number", contains(n)));
        query.displayName().ifPresent(n -> q.setParameter("name", contains(n.toLowerCase(Locale.ROOT))));
    }

    /** A LIKE pattern matching values that contain {@code text} literally. */
    private static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    public List<Extension> all() {
        return em.createQuery("SELECT e FROM Extension e ORDER BY e.number", Extension.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(e) FROM Extension e", Long.class).getSingleResult();
    }

    @Override
    public void add(Extension extension) {
        if (find(extension.number()).isPresent()) {
            throw new DuplicateExtensionException(extension.number());
        }
        em.persist(extension);
        // a concurrent insert of the same number may win the unique constraint
        StorageErrors.onUnique(() -> new DuplicateExtensionException(extension.number())).flush(em);
    }

    @Override
    public void remove(Extension extension) {
        em.remove(extension);
    }
}
