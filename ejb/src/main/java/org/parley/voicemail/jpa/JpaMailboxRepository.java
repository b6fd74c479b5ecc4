package org.parley.voicemail.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.parley.voicemail.Mailbox;
import org.parley.voicemail.MailboxRepository;
import org.parley.voicemail.MessageView;
import org.parley.voicemail.VoicemailMessage;

/** Mailboxes in {@code mailbox}, messages in {@code voicemail_message}. */
@ApplicationScoped
public class JpaMailboxRepository implements MailboxRepository {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public Optional<Mailbox> find(String number) {
        return Optional.ofNullable(em.find(Mailbox.class, number));
    }

    @Override
    public List<Mailbox> all() {
        return em.createQuery("SELECT m FROM Mailbox m ORDER BY m.number", Mailbox.class).getResultList();
    }

    @Override
    public void add(Mailbox mailbox) {
        em.persist(mailbox);
    }

    @Override
    public void remove(Mailbox mailbox) {
        em.remove(mailbox);
    }

    @Override
    public void add(VoicemailMessage message) {
        em.persist(message);
    }

    @Override
    public Optional<VoicemailMessage> message(String mailbox, String id) {
        return Optional.ofNullable(em.find(VoicemailMessage.class, id)).filter(m -> m.mailbox().equals(mailbox));
    }

    @Override
    public List<MessageView> messages(String mailbox) {
        return em.createQuery("SELECT m.id, m.mailbox, m.callerNumber, m.callerName, m.receivedAt, m.durationMillis,"
                + " m.heard FROM VoicemailMessage m WHERE m.mailbox = :box ORDER BY m.receivedAt DESC", Object[].class)
                .setParameter("box", mailbox).getResultList().stream()
                .map(r -> new MessageView((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                        ((OffsetDateTime) r[4]).toInstant(), Duration.ofMillis(((Number) r[5]).longValue()),
                        (Boolean) r[6]))
                .toList();
    }

    @Override
    public void remove(VoicemailMessage message) {
        em.remove(message);
    }

    @Override
    public void removeMessages(String mailbox) {
        em.createQuery("DELETE FROM VoicemailMessage m WHERE m.mailbox = :box").setParameter("box", mailbox)
                .executeUpdate();
    }
}
