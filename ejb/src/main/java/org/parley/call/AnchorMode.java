package org.parley.call;

import java.util.Locale;

/**
 * {@code PARLEY_MEDIA_ANCHOR}: whether every call's media goes through Parley's engine, or only while a feature needs
 * it.
 */
public enum AnchorMode {

    /** Direct media between the phones (their SDP passed on unchanged); a feature anchors a leg while it needs to. */
    NEEDED,

    /** Every call's media through Parley's engine from the start: each leg is answered or offered by an endpoint. */
    ALWAYS;

    /** The configuration key. */
    public static final String KEY = "PARLEY_MEDIA_ANCHOR";

    /**
     * Reads a configured value ({@code needed} or {@code always}, any case, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the key and the values it takes
     */
    public static AnchorMode parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "needed" -> NEEDED;
            case "always" -> ALWAYS;
            default -> throw new IllegalArgumentException(KEY + " must be 'needed' or 'always', not '" + value + "'");
        };
    }
}
