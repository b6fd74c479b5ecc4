package org.parley.security.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parley.security.ConsoleUser;
import org.parley.security.ConsoleUserRepository;

/** Console users in the {@code console_user} table. */
@ApplicationScoped
public class JpaConsoleUserRepository implements ConsoleUserRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public Optional<ConsoleUser> find(String username) {
        return em.createQuery("SELECT u FROM ConsoleUser u WHERE u.username = :username", ConsoleUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ConsoleUser> findByExtension(String number) {
        return em.createQuery("SELECT u FROM ConsoleUser u WHERE u.extensionNumber = :number AND u.enabled = TRUE"
                + " ORDER BY u.username", ConsoleUser.class)
                .setParameter("number", number)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ConsoleUser> list(int offset, int limit) {
        return em.createQuery("SELECT u FROM ConsoleUser u ORDER BY u.username", ConsoleUser.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void add(ConsoleUser user) {
        em.persist(user);
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM ConsoleUser u", Long.class).getSingleResult();
    }
}
