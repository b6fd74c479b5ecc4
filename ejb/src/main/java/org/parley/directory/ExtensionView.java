package org.parley.directory;

import java.time.Instant;

/**
 * An extension as shown to people and systems; never carries credentials.
 *
 * @param number      the extension number
 * @param displayName its display name
 * @param ringSeconds how long calls to it ring
 * @param createdAt   when it was created
 * @param updatedAt   when it last changed
 */
public record ExtensionView(String number, String displayName, int ringSeconds, Instant createdAt, Instant updatedAt) {
}
