package org.parley.voicemail;

/** Whose a mailbox is. */
public enum MailboxKind {
    /** An extension's own box, numbered as the extension. */
    EXTENSION,
    /** A shared box (company voicemail, a team's box) with a number of its own. */
    SHARED
}
