package org.parley.voicemail;

/**
 * A box's message counts changed (a message left, heard, deleted): fired after the change is stored, for message
 * waiting and {@code /api/events}.
 *
 * @param mailbox     the box's number
 * @param newMessages messages not heard yet
 * @param oldMessages messages heard
 */
public record MailboxChanged(String mailbox, int newMessages, int oldMessages) {
}
