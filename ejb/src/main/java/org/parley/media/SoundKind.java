package org.parley.media;

import java.util.Locale;

/** Where a sound of the library comes from. */
public enum SoundKind {
    /** A prompt or music shipped with Parley. */
    SHIPPED,
    /** Uploaded by an administrator. */
    UPLOADED,
    /** Uploaded under a shipped sound's name: plays instead of it until deleted. */
    REPLACED;

    /** The name in the REST API: {@code shipped}, {@code uploaded}, {@code replaced}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
