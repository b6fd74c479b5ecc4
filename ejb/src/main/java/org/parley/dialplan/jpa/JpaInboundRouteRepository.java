package org.parley.dialplan.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.parley.dialplan.DuplicateInboundRouteException;
import org.parley.dialplan.InboundRoute;
import org.parley.dialplan.InboundRouteRepository;
import org.parley.platform.persistence.IntegrityViolation;

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
        try {
            em.flush();
        } catch (PersistenceException e) {
            // a concurrent insert of the same DID won the unique constraint
            if (IntegrityViolation.UNIQUE.isCauseOf(e)) {
                throw new DuplicateInboundRouteException(route.did());
            }
            throw e;
        }
    }

    @Override
    public void remove(InboundRoute route) {
        em.remove(route);
    }
}
