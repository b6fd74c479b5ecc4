package org.parley.voicemail.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parley.platform.numbers.NumberOwner;
import org.parley.platform.numbers.NumberUse;
import org.parley.voicemail.MailboxKind;

/** Shared mailboxes' share of the number space (an extension's own box has the extension's number). */
@ApplicationScoped
public class MailboxNumbers implements NumberOwner {

    /** The kind of a shared mailbox's number. */
    public static final String MAILBOX = "mailbox";

    @Inject
    MailboxDirectory boxes;

    @Override
    public Optional<NumberUse> use(String number) {
        if (ListeningMenu.OWN_BOX.equals(number) || ListeningMenu.ANY_BOX.equals(number)) {
            return Optional.of(new NumberUse("feature code", "voicemail", "the voicemail code " + number));
        }
        return boxes.shared().stream().filter(b -> b.number().equals(number)).findFirst()
                .map(b -> new NumberUse(MAILBOX, b.number(), "the number of mailbox " + b.name()));
    }
}
