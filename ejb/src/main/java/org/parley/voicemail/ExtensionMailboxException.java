package org.parley.voicemail;

import org.parley.platform.error.ConflictException;

/** An extension's own mailbox cannot be deleted (it is switched off instead): 409. */
public class ExtensionMailboxException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public ExtensionMailboxException(String number) {
        super("number", "mailbox " + number + " is an extension's own: switch it off (enabled: false) instead");
    }
}
