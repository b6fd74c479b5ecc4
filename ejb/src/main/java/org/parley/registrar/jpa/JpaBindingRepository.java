package org.parley.registrar.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.parley.registrar.AorBindings;
import org.parley.registrar.Binding;
import org.parley.registrar.BindingRepository;

/** Bindings in {@code registration_binding}, replaced an address of record at a time in batched statements. */
@ApplicationScoped
public class JpaBindingRepository implements BindingRepository {

    private static final Logger LOG = Logger.getLogger(JpaBindingRepository.class.getName());
    private static final int IN_LIST = 500;

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, AorBindings> loadAll() {
        Map<String, List<Binding>> byAor = new HashMap<>();
        for (BindingRow row : em.createQuery("SELECT b FROM BindingRow b", BindingRow.class).getResultList()) {
            try {
                byAor.computeIfAbsent(row.extensionNumber, k -> new ArrayList<>()).add(toBinding(row));
            } catch (IllegalArgumentException e) {
                LOG.warning(() -> "Stored binding of " + row.extensionNumber + " to " + row.contactUri
                        + " is unreadable and is dropped: " + e.getMessage());
            }
        }
        Map<String, AorBindings> result = new HashMap<>();
        byAor.forEach((aor, list) -> result.put(aor, new AorBindings(list)));
        return result;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void replace(Map<String, AorBindings> byAor) {
        List<String> aors = new ArrayList<>(byAor.keySet());
        for (int i = 0; i < aors.size(); i += IN_LIST) {
            em.createQuery("DELETE FROM BindingRow b WHERE b.extensionNumber IN :aors")
                    .setParameter("aors", aors.subList(i, Math.min(aors.size(), i + IN_LIST)))
                    .executeUpdate();
        }
        byAor.forEach((aor, bindings) -> bindings.bindings().forEach(b -> em.persist(BindingRow.of(aor, b))));
        em.flush();
    }

    private static Binding toBinding(BindingRow row) {
        return new Binding(ContactUriText.parse(row.contactUri), Optional.ofNullable(row.qValue), row.callId,
                row.cseq, row.transport, row.sourceAddress, Optional.ofNullable(row.userAgent),
                row.registeredAt.toInstant(), row.expiresAt.toInstant());
    }
}
