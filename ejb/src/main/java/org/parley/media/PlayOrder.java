package org.parley.media;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a music class plays its sounds. */
public enum PlayOrder {
    /** In the class's order, then again from the first. */
    SEQUENTIAL,
    /** Shuffled anew each time a playlist is handed out. */
    RANDOM;

    /** The name in the REST API: {@code sequential}, {@code random}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PlayOrder> fromApiName(String name) {
        return Arrays.stream(values()).filter(o -> o.apiName().equals(name)).findFirst();
    }
}
