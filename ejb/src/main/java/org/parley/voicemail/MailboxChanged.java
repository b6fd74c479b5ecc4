package org.parley.voicemail;

/**
 * A box's message counts changed (a message left, heard, deleted): fired after the change is stored, for message
 * waiting and {@code /api/events}.
 *
 * @param mailbox     the box's number
 * @param newMessages messages not heard yet
 * @param oldMessages messages heard
 * @param extensions  the extensions concerned: an extension's box's own, a shared box's notified ones
 */
public record MailboxChanged(String mailbox, int newMessages, int oldMessages, java.util.List<String> extensions) {
}
