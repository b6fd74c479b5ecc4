package org.parley.trunk.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.platform.secret.SecretBox;
import org.parley.platform.secret.SecretBoxException;
import org.parley.trunk.Trunk;

/** Seals trunk passwords for storage and opens them for use, each bound to its trunk's name. */
@ApplicationScoped
public class TrunkPasswords {

    private static final Logger LOG = Logger.getLogger(TrunkPasswords.class.getName());

    @Inject
    SecretBox box;

    public String seal(String trunkName, String password) {
        return box.seal(password, context(trunkName));
    }

    /**
     * The trunk's password in clear; empty when it has none or when it cannot be opened (the secret key changed, or
     * the stored value was altered), which is logged: the trunk then works without credentials until it is set again.
     */
    public Optional<String> open(Trunk trunk) {
        Optional<String> sealed = trunk.passwordSealed();
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(box.open(sealed.get(), context(trunk.name())));
        } catch (SecretBoxException e) {
            LOG.log(Level.WARNING, "The password of trunk {0} cannot be read: {1} (PARLEY_SECRET_KEY or secret.key"
                    + " changed?); set it again", new Object[] {trunk.name(), e.getMessage()});
            return Optional.empty();
        }
    }

    private static String context(String trunkName) {
        return "trunk:" + trunkName;
    }
}
