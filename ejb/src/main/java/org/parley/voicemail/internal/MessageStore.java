package org.parley.voicemail.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.voicemail.VoicemailMessage;

/**
 * Turns a spooled recording into a stored message (or drops it when shorter than
 * {@link VoicemailMessage#SHORTEST}), then empties its spool entry. The row is committed before the files go, so a
 * stop in between stores the message again at the next start — never twice: the id is the row's key.
 */
@ApplicationScoped
public class MessageStore {

    private static final Logger LOG = Logger.getLogger(MessageStore.class.getName());

    @Inject
    VoicemailSpool spool;

    @Inject
    DefaultMailboxService mailboxes;

    /** Stores the spooled message {@code id}; false when it was too short and dropped. */
    public boolean storeSpooled(String id) {
        VoicemailSpool.Spooled facts = spool.read(id);
        byte[] wav = spool.recording(id);
        Duration length = VoicemailSpool.lengthOf(wav);
        boolean kept = length.compareTo(VoicemailMessage.SHORTEST) >= 0;
        if (kept) {
            mailboxes.deposit(new VoicemailMessage(id, facts.mailbox(), facts.callerNumber(), facts.callerName(),
                    facts.receivedAt(), length, wav));
            LOG.log(Level.INFO, "Message {0} from {1} stored in mailbox {2} ({3} ms)",
                    new Object[] {id, facts.callerNumber(), facts.mailbox(), length.toMillis()});
        } else if (!kept) {
            LOG.log(Level.INFO, "Message {0} from {1} for mailbox {2} not kept: {3} ms, shorter than {4} s",
                    new Object[] {id, facts.callerNumber(), facts.mailbox(), length.toMillis(),
                            VoicemailMessage.SHORTEST.toSeconds()});
        }
        spool.remove(id);
        return kept;
    }
}
