package org.parley.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.security.UserService;
import org.parley.security.UserView;

/**
 * Self-service on the REST API: a user who may act for every extension (by role) or only for the extension linked
 * to them. Refusals are {@code 403} and logged once.
 */
@RequestScoped
public class OwnExtension {

    private static final Logger LOG = Logger.getLogger(OwnExtension.class.getName());

    @Inject
    UserService users;

    /**
     * Passes when the signed-in user has one of {@code everyExtensionRoles}, or is linked to {@code number};
     * otherwise throws {@link ForbiddenException} saying who may {@code action}.
     */
    public void require(SecurityContext security, String number, String action, String... everyExtensionRoles) {
        for (String role : everyExtensionRoles) {
            if (security.isUserInRole(role)) {
                return;
            }
        }
        String me = security.getUserPrincipal().getName();
        Optional<String> own = users.find(me).flatMap(UserView::extension);
        if (!own.equals(Optional.of(number))) {
            LOG.log(Level.INFO, "User {0} refused to {1} for extension {2} (theirs: {3})",
                    new Object[] {me, action, number, own.orElse("none")});
            throw new ForbiddenException("only the user of extension " + number + " (or a "
                    + String.join(" or ", everyExtensionRoles) + ") may " + action + " for it");
        }
    }
}
