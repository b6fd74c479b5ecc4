package org.parley.media.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.parley.media.UploadedSound;
import org.parley.media.UploadedSoundRepository;

/** Uploaded sounds in the {@code sound} table. */
@ApplicationScoped
public class JpaUploadedSoundRepository implements UploadedSoundRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public Optional<UploadedSound> find(String name) {
        return Optional.ofNullable(em.find(UploadedSound.class, name));
    }

    @Override
    public Map<String, Integer> sampleCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        em.createQuery("SELECT s.name, s.sampleCount FROM UploadedSound s", Object[].class).getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    @Override
    public void add(UploadedSound sound) {
        em.persist(sound);
    }

    @Override
    public void remove(UploadedSound sound) {
        em.remove(sound);
    }
}
