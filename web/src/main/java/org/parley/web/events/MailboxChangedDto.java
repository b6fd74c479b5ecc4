package org.parley.web.events;

import java.time.Instant;
import org.parley.voicemail.MailboxChanged;

/** The data of a {@code mailbox.changed} event. */
public class MailboxChangedDto {
    public String type = "mailbox.changed";
    public String at;
    public String mailbox;
    public int newMessages;
    public int oldMessages;

    static MailboxChangedDto of(MailboxChanged change) {
        MailboxChangedDto d = new MailboxChangedDto();
        d.at = Instant.now().toString();
        d.mailbox = change.mailbox();
        d.newMessages = change.newMessages();
        d.oldMessages = change.oldMessages();
        return d;
    }
}
