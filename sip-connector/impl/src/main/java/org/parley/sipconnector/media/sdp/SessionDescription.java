package org.parley.sipconnector.media.sdp;

import java.util.List;
import java.util.Objects;

/**
 * A session description (RFC 4566) as far as offer/answer needs it: origin, session connection address, the
 * {@code m=} sections, and the session-level direction attribute if any.
 *
 * @param originUser     {@code o=} user name
 * @param sessionId      {@code o=} session id
 * @param version        {@code o=} session version
 * @param originAddress  {@code o=} address
 * @param connection     the session-level {@code c=} address; empty when each section has its own
 * @param direction      the session-level direction attribute, if any
 * @param media          the {@code m=} sections in order
 * @param attributes     the session-level {@code a=} lines (WebRTC offers may put fingerprint and ICE there)
 */
public record SessionDescription(String originUser, String sessionId, long version, String originAddress,
        String connection, java.util.Optional<Direction> direction, List<MediaDescription> media,
        List<MediaDescription.Attribute> attributes) {

    public SessionDescription {
        Objects.requireNonNull(originUser, "originUser");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(originAddress, "originAddress");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(direction, "direction");
        media = List.copyOf(media);
        attributes = List.copyOf(attributes);
    }

    /** The value of the first session-level attribute named {@code name}. */
    public java.util.Optional<String> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(MediaDescription.Attribute::value)
                .findFirst();
    }

    /** The connection address that applies to {@code m}: its own, else the session's. */
    public String connectionOf(MediaDescription m) {
        return m.connection().isEmpty() ? connection : m.connection();
    }

    /** The direction that applies to {@code m}: its own, else the session's, else {@code sendrecv}. */
    public Direction directionOf(MediaDescription m) {
        return m.direction().or(() -> direction).orElse(Direction.SENDRECV);
    }
}
