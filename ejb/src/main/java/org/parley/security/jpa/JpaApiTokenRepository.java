package org.parley.security.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parley.security.ApiToken;
import org.parley.security.ApiTokenRepository;
import org.parley.security.ConsoleUser;

/** API tokens in the {@code api_token} table. */
@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public void add(ApiToken token) {
        em.persist(token);
    }

    @Override
    public Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    @Override
    public Optional<ApiToken> findBySecretSha256(String sha256) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.secretSha256 = :hash", ApiToken.class)
                .setParameter("hash", sha256)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiToken> ownedBy(ConsoleUser owner) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.owner = :owner ORDER BY t.createdAt DESC, t.id DESC",
                        ApiToken.class)
                .setParameter("owner", owner)
                .getResultList();
    }
}
