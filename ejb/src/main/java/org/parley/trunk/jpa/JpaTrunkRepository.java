package org.parley.trunk.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parley.platform.persistence.StorageErrors;
import org.parley.trunk.DuplicateTrunkException;
import org.parley.trunk.Trunk;
import org.parley.trunk.TrunkInUseException;
import org.parley.trunk.TrunkRepository;

/** Trunks in the {@code trunk} table. */
@ApplicationScoped
public class JpaTrunkRepository implements TrunkRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public Optional<Trunk> find(String name) {
        return em.createQuery("SELECT t FROM Trunk t WHERE t.name = :name", Trunk.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Trunk> list(int offset, int limit) {
        return em.createQuery("SELECT t FROM Trunk t ORDER BY t.name", Trunk.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Trunk> all() {
        return em.createQuery("SELECT t FROM Trunk t ORDER BY t.name", Trunk.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(t) FROM Trunk t", Long.class).getSingleResult();
    }

    @Override
    public void add(Trunk trunk) {
        if (find(trunk.name()).isPresent()) {
            throw new DuplicateTrunkException(trunk.name());
        }
        em.persist(trunk);
        // a concurrent insert of the same name may win the unique constraint
        StorageErrors.onUnique(() -> new DuplicateTrunkException(trunk.name())).flush(em);
    }

    @Override
    public void remove(Trunk trunk) {
        em.remove(trunk);
        // outbound_route.trunk_name refers to it
        StorageErrors.onForeignKey(() -> new TrunkInUseException(trunk.name())).flush(em);
    }
}
