package org.parley.voicemail;

import java.util.Optional;

/**
 * A box was stored or deleted (empty settings): the in-memory directory follows once the transaction committed.
 *
 * @param number   the box's number
 * @param settings what it is now; empty: deleted (an extension's box is then back to its default: on)
 */
public record MailboxSaved(String number, Optional<BoxSettings> settings) {
}
