package org.parley.forwarding.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parley.forwarding.ExtensionForwarding;
import org.parley.forwarding.ForwardingRepository;

/** Forwarding in {@code extension_forwarding}, {@code forwarding_rule} and {@code forwarding_device}. */
@ApplicationScoped
public class JpaForwardingRepository implements ForwardingRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public Optional<ExtensionForwarding> find(String extension) {
        return Optional.ofNullable(em.find(ExtensionForwarding.class, extension));
    }

    @Override
    public List<ExtensionForwarding> all() {
        return em.createQuery("SELECT f FROM ExtensionForwarding f ORDER BY f.extension", ExtensionForwarding.class)
                .getResultList();
    }

    @Override
    public void add(ExtensionForwarding forwarding) {
        em.persist(forwarding);
    }
}
