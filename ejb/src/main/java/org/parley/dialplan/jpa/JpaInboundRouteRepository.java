package org.parley.dialplan.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parley.dialplan.DuplicateInboundRouteException;
import org.parley.dialplan.InboundRoute;
import org.parley.dialplan.InboundRouteRepository;
import org.parley.platform.persistence.StorageErrors;

/** Inbound routes in the {@code inbound_route} table. */
@ApplicationScoped
public class JpaInboundRouteRepository implements InboundRouteRepository {

    private static final String ORDERED = "SELECT r FROM InboundRoute r ORDER BY r.did";

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public Optional<InboundRoute> find(String did) {
        return em.createQuery("SELECT r FROM InboundRoute r WHERE r.did = :did", InboundRoute.class)
                .setParameter("did", did)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<InboundRoute> list(int offset, int limit) {
        return em.createQuery(ORDERED, InboundRoute.class).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<InboundRoute> all() {
        return em.createQuery(ORDERED, InboundRoute.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(r) FROM InboundRoute r", Long.class).getSingleResult();
    }

    @Override
    public void add(InboundRoute route) {
        if (find(route.did()).isPresent()) {
            throw new DuplicateInboundRouteException(route.did());
        }
        em.persist(route);
        // a concurrent insert of the same DID may win the unique constraint
        StorageErrors.onUnique(() -> new DuplicateInboundRouteException(route.did())).flush(em);
    }

    @Override
    public void remove(InboundRoute route) {
        em.remove(route);
    }
}
