package org.parley.directory;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.parley.dialplan.NumberKind;

/**
 * An extension as shown to people and systems; never carries credentials.
 *
 * @param number        the extension number
 * @param displayName   its display name
 * @param ringSeconds   how long calls to it ring
 * @param outboundClass the kinds of numbers it may call directly (emergency numbers always)
 * @param createdAt     when it was created
 * @param updatedAt     when it last changed
 */
public record ExtensionView(String number, String displayName, int ringSeconds, Set<NumberKind> outboundClass,
        Instant createdAt, Instant updatedAt) {

    public ExtensionView {
        outboundClass = Set.copyOf(Objects.requireNonNull(outboundClass, "outboundClass"));
    }

    /** An extension of the default outbound calling class ({@link NumberKind#DEFAULT_CLASS}). */
    public ExtensionView(String number, String displayName, int ringSeconds, Instant createdAt, Instant updatedAt) {
        this(number, displayName, ringSeconds, NumberKind.DEFAULT_CLASS, createdAt, updatedAt);
    }
}
