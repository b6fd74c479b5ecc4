package org.parley.queue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.parley.call.CallVoicemail;
import org.parley.directory.ExtensionService;
import org.parley.queue.FallbackTarget;
import org.parley.queue.FallbackTargets;

/**
 * A queue's fallback targets: extensions first (an extension's own mailbox shares its number, and its forwarding and
 * voicemail decide whether the call ends there), then mailboxes taking messages (a shared box such as the company
 * voicemail).
 */
@ApplicationScoped
public class ExtensionFallbacks implements FallbackTargets {

    @Inject
    ExtensionService extensions;

    @Inject
    CallVoicemail voicemail;

    @Inject
    Clock clock;

    @Override
    public Optional<FallbackTarget> find(String number) {
        if (extensions.find(number).isPresent()) {
            return Optional.of(new FallbackTarget.Extension(number));
        }
        if (voicemail.takesMessages(number)) {
            return Optional.of(new FallbackTarget.Mailbox(number, clock));
        }
        return Optional.empty();
    }
}
