package org.parley.voicemail;

import java.util.List;
import java.util.Optional;

/** Mailboxes and messages, as the REST API and the console use them. */
public interface MailboxService {

    /** Every box: each extension's own, then the shared ones. */
    List<MailboxView> list();

    /** @throws MailboxNotFoundException when no extension nor shared box has this number */
    MailboxView get(String number);

    /** Creates a shared box; its number must be free in the number space (409 otherwise). */
    MailboxView create(MailboxInput input);

    /** Changes a box: a shared box's name, members and switch; an extension's box's switch. */
    MailboxView update(String number, MailboxInput input);

    /** Deletes a shared box with its messages (an extension's box can only be switched off: 409). */
    void delete(String number);

    /** Whether the user of {@code extension} may use the box: their own, or a shared box notifying them. */
    boolean belongsTo(String number, String extension);

    List<MessageView> messages(String number);

    MessageView message(String number, String id);

    /** The recording as an 8 kHz mono 16-bit PCM WAV file. */
    byte[] recording(String number, String id);

    MessageView markHeard(String number, String id, boolean heard);

    void deleteMessage(String number, String id);

    /** Whether {@code pin} opens the box: false when there is no such box or it has no PIN. */
    boolean pinMatches(String number, String pin);

    /** The greeting its owner recorded, as an 8 kHz mono 16-bit PCM WAV file; empty while callers hear the prompts. */
    Optional<byte[]> greeting(String number);

    /**
     * Stores a box's greeting (an audio file, converted to 8 kHz µ-law as uploaded sounds are); callers leaving a
     * message hear it instead of the prompts.
     *
     * @throws org.parley.platform.error.InvalidInputException when the file is not audio, is empty or too long
     */
    void saveGreeting(String number, byte[] file);

    /** Deletes a box's greeting, if any: callers hear the prompts again. */
    void deleteGreeting(String number);
}
