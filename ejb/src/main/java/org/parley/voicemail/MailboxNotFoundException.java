package org.parley.voicemail;

import org.parley.platform.error.NotFoundException;

/** No mailbox, or no message in it, has this number or id. */
public class MailboxNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public MailboxNotFoundException(String message) {
        super(message);
    }
}
