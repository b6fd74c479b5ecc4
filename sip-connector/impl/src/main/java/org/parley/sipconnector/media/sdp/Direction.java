package org.parley.sipconnector.media.sdp;

import java.util.Locale;
import java.util.Optional;

/** A stream's direction attribute (RFC 3264 §5.1), seen from the side that wrote it. */
public enum Direction {
    SENDRECV, SENDONLY, RECVONLY, INACTIVE;

    /** The direction an answerer writes for an offer with this one (§6.1). */
    public Direction reverse() {
        return switch (this) {
            case SENDONLY -> RECVONLY;
            case RECVONLY -> SENDONLY;
            default -> this;
        };
    }

    public boolean sends() {
        return this == SENDRECV || this == SENDONLY;
    }

    public boolean receives() {
        return this == SENDRECV || this == RECVONLY;
    }

    /** The attribute name, e.g. {@code sendrecv}. */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction an attribute name stands for, if it is one. */
    public static Optional<Direction> of(String attribute) {
        for (Direction d : values()) {
            if (d.attribute().equals(attribute)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
