package org.parley.media.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.parley.media.MusicClass;
import org.parley.media.MusicClassRepository;

/** Music classes in {@code music_class} and {@code music_class_sound}. */
@ApplicationScoped
public class JpaMusicClassRepository implements MusicClassRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public Optional<MusicClass> find(String name) {
        return Optional.ofNullable(em.find(MusicClass.class, name));
    }

    @Override
    public List<MusicClass> all() {
        return em.createQuery("SELECT c FROM MusicClass c ORDER BY c.name", MusicClass.class).getResultList();
    }

    @Override
    public List<String> playing(String soundName) {
        return em.createQuery("SELECT DISTINCT c.name FROM MusicClass c JOIN c.sounds s WHERE s = :sound"
                + " ORDER BY c.name", String.class).setParameter("sound", soundName).getResultList();
    }

    @Override
    public void add(MusicClass musicClass) {
        em.persist(musicClass);
    }

    @Override
    public void remove(MusicClass musicClass) {
        em.remove(musicClass);
    }

    @Override
    public void replace(MusicClass old, MusicClass fresh) {
        // rows of the old list go first: EclipseLink renumbers an ordered element collection row by row, which runs
        // into the table's key (class_name, position) while two rows briefly share a position
        em.remove(old);
        em.flush();
        em.persist(fresh);
    }
}
