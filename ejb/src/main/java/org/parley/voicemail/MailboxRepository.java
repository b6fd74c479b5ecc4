package org.parley.voicemail;

import java.util.List;
import java.util.Optional;

/** Mailboxes and their messages in the database. */
public interface MailboxRepository {

    Optional<Mailbox> find(String number);

    List<Mailbox> all();

    void add(Mailbox mailbox);

    void remove(Mailbox mailbox);

    void add(VoicemailMessage message);

    Optional<VoicemailMessage> message(String mailbox, String id);

    /** The box's messages, newest first, without their recordings. */
    List<MessageView> messages(String mailbox);

    void remove(VoicemailMessage message);

    /** Deletes every message of a box (the box itself is gone). */
    void removeMessages(String mailbox);
}
