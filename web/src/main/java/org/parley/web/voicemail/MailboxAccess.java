package org.parley.web.voicemail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.security.Role;
import org.parley.security.UserService;
import org.parley.security.UserView;
import org.parley.voicemail.MailboxService;

/**
 * Who may use a mailbox: administrators every box; another user the box of the extension linked to them and the
 * shared boxes notifying that extension. Refusals are {@code 403} and logged once.
 */
@RequestScoped
public class MailboxAccess {

    private static final Logger LOG = Logger.getLogger(MailboxAccess.class.getName());

    @Inject
    UserService users;

    @Inject
    MailboxService mailboxes;

    /** Whether the signed-in user sees every box. */
    public boolean seesAll(SecurityContext security) {
        return security.isUserInRole(Role.ADMIN_NAME);
    }

    /** The extension linked to the signed-in user. */
    public Optional<String> ownExtension(SecurityContext security) {
        return users.find(security.getUserPrincipal().getName()).flatMap(UserView::extension);
    }

    /** Whether the signed-in user may use box {@code number}. */
    public boolean mayUse(SecurityContext security, String number) {
        return mayUse(seesAll(security), security.getUserPrincipal().getName(), number);
    }

    /** Whether the user {@code userName} (an administrator when {@code admin}) may use box {@code number}. */
    public boolean mayUse(boolean admin, String userName, String number) {
        return admin || users.find(userName).flatMap(UserView::extension)
                .filter(e -> mailboxes.belongsTo(number, e)).isPresent();
    }

    /** Throws {@link ForbiddenException} unless the signed-in user may use box {@code number}. */
    public void require(SecurityContext security, String number) {
        if (!mayUse(security, number)) {
            LOG.log(Level.INFO, "User {0} refused mailbox {1}",
                    new Object[] {security.getUserPrincipal().getName(), number});
            throw new ForbiddenException("only an administrator, or the user of an extension the mailbox " + number
                    + " belongs to, may use it");
        }
    }
}
