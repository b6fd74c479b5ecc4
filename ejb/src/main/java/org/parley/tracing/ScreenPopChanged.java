package org.parley.tracing;

import java.util.Optional;
import java.util.Set;

/**
 * The screen pop of these extensions changed (CDI event): a call started ringing them ({@code pop} present, published
 * as {@code call.contact}), or it was answered elsewhere or ended (absent).
 */
public record ScreenPopChanged(Set<String> extensions, Optional<ScreenPop> pop) {

    public ScreenPopChanged {
        extensions = Set.copyOf(extensions);
    }
}
