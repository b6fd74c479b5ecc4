package org.parley.voicemail;

import java.util.List;
import java.util.Optional;

/**
 * A stored box's settings, as the in-memory {@code MailboxDirectory} keeps them for calls.
 *
 * @param number   the box's number
 * @param kind     an extension's or shared
 * @param name     its name
 * @param enabled  whether calls leave messages in it
 * @param notified the extensions notified of its messages (a shared box's members)
 * @param pinHash  its PIN's hash, for {@code *98}; empty while no PIN was set
 */
public record BoxSettings(String number, MailboxKind kind, String name, boolean enabled, List<String> notified,
        Optional<String> pinHash) {

    public static BoxSettings of(Mailbox m) {
        return new BoxSettings(m.number(), m.kind(), m.name(), m.enabled(), m.members(), m.pinHash());
    }
}
