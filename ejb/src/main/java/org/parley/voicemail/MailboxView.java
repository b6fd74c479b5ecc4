package org.parley.voicemail;

import java.util.List;

/**
 * A mailbox as lists show it.
 *
 * @param number      the box's number (an extension's own box has the extension's)
 * @param kind        an extension's or shared
 * @param name        its name (an extension's box: the extension's display name)
 * @param enabled     whether calls leave messages in it
 * @param notified    the extensions notified of its messages
 * @param newMessages messages not heard yet
 * @param oldMessages messages heard
 */
public record MailboxView(String number, MailboxKind kind, String name, boolean enabled, List<String> notified,
        int newMessages, int oldMessages) {
}
