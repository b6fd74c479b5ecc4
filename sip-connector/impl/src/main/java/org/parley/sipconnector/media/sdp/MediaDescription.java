package org.parley.sipconnector.media.sdp;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code m=} section of a session description.
 *
 * @param type       {@code audio}, {@code video} …
 * @param port       the transport port; 0 for a rejected or disabled stream
 * @param protocol   e.g. {@code RTP/AVP}
 * @param formats    the payload type numbers (or other formats) in order of preference
 * @param connection the section's own {@code c=} address; empty to use the session's
 * @param attributes the section's {@code a=} lines, in order
 */
public record MediaDescription(String type, int port, String protocol, List<String> formats, String connection,
        List<Attribute> attributes) {

    public MediaDescription {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(connection, "connection");
        formats = List.copyOf(formats);
        attributes = List.copyOf(attributes);
    }

    /** An {@code a=} line: {@code name} or {@code name:value} (value empty for a property attribute). */
    public record Attribute(String name, String value) {
        public Attribute {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The value of the first attribute named {@code name}. */
    public Optional<String> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(Attribute::value).findFirst();
    }

    /** The direction attribute; {@code sendrecv} when there is none (RFC 3264 §5.1). */
    public Optional<Direction> direction() {
        return attributes.stream().map(a -> Direction.of(a.name())).flatMap(Optional::stream).findFirst();
    }

    /**
     * The encoding name (upper case) and clock rate of payload type {@code format} from its {@code a=rtpmap}, e.g.
     * {@code PCMU/8000}; for static types 0 and 8 without one, the RFC 3551 name.
     */
    public Optional<String> encoding(String format) {
        for (Attribute a : attributes) {
            if (a.name().equals("rtpmap")) {
                String[] parts = a.value().split("\\s+", 2);
                if (parts.length == 2 && parts[0].equals(format)) {
                    String[] enc = parts[1].split("/");
                    return Optional.of(enc[0].toUpperCase(Locale.ROOT) + "/" + (enc.length > 1 ? enc[1] : ""));
                }
            }
        }
        return switch (format) {
            case "0" -> Optional.of("PCMU/8000");
            case "8" -> Optional.of("PCMA/8000");
            default -> Optional.empty();
        };
    }
}
