package org.parley.web.voicemail;

import java.util.List;
import org.parley.voicemail.MailboxView;

/** A mailbox on the REST API. */
public class MailboxDto {
    public String number;
    /** {@code extension} or {@code shared}. */
    public String kind;
    public String name;
    public boolean enabled;
    /** A shared box's member extensions (notified of its messages). */
    public List<String> notified;
    public int newMessages;
    public int oldMessages;

    static MailboxDto of(MailboxView v) {
        MailboxDto d = new MailboxDto();
        d.number = v.number();
        d.kind = v.kind().name().toLowerCase(java.util.Locale.ROOT);
        d.name = v.name();
        d.enabled = v.enabled();
        d.notified = v.notified();
        d.newMessages = v.newMessages();
        d.oldMessages = v.oldMessages();
        return d;
    }
}
