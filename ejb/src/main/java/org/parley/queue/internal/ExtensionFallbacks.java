package org.parley.queue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.parley.directory.ExtensionService;
import org.parley.queue.FallbackTarget;
import org.parley.queue.FallbackTargets;

/**
 * Today's fallback targets: extensions. Mailboxes, once they exist, are looked up here too (after the extensions: an
 * extension's own mailbox shares its number, and its forwarding decides whether it ends there).
 */
@ApplicationScoped
public class ExtensionFallbacks implements FallbackTargets {

    @Inject
    ExtensionService extensions;

    @Override
    public Optional<FallbackTarget> find(String number) {
        return extensions.find(number).map(e -> new FallbackTarget.Extension(number));
    }
}
