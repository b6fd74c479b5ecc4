package org.parley.dialplan.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parley.dialplan.DuplicateOutboundRouteException;
import org.parley.dialplan.OutboundRoute;
import org.parley.dialplan.OutboundRouteRepository;
import org.parley.platform.error.InvalidInputException;
import org.parley.platform.persistence.StorageErrors;

/** Outbound routes in the {@code outbound_route} table. */
@ApplicationScoped
public class JpaOutboundRouteRepository implements OutboundRouteRepository {

    private static final String ORDERED = "SELECT r FROM OutboundRoute r ORDER BY r.priority, r.name";

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public Optional<OutboundRoute> find(String name) {
        return em.createQuery("SELECT r FROM OutboundRoute r WHERE r.name = :name", OutboundRoute.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<OutboundRoute> list(int offset, int limit) {
        return em.createQuery(ORDERED, OutboundRoute.class).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<OutboundRoute> all() {
        return em.createQuery(ORDERED, OutboundRoute.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM OutboundRoute r", Long.class).getSingleResult();
    }

    @Override
    public void add(OutboundRoute route) {
        if (find(route.name()).isPresent()) {
            throw new DuplicateOutboundRouteException(route.name());
        }
        em.persist(route);
        flush(route);
    }

    @Override
    public void save(OutboundRoute route) {
        flush(route);
    }

    @Override
    public void remove(OutboundRoute route) {
        em.remove(route);
    }

    private void flush(OutboundRoute route) {
        // unique: a concurrent insert of the same name
        StorageErrors.onUnique(() -> new DuplicateOutboundRouteException(route.name()))
                .andOnForeignKey(() -> new InvalidInputException("trunk", "no trunk named " + route.rule().trunk()))
                .flush(em);
    }
}
