package org.parley.queue;

import java.util.Optional;

/** What a queue's {@code fallback} number is, if it is something a caller can be sent to. */
public interface FallbackTargets {

    Optional<FallbackTarget> find(String number);
}
