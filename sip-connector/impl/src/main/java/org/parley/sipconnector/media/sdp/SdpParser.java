package org.parley.sipconnector.media.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small, strict SDP parser (RFC 4566 §5): {@code type=value} lines in the order the grammar requires, {@code v=0}
 * first, one {@code o=}, an {@code s=}, {@code c=} of {@code IN IP4}/{@code IN IP6} at session or section level (every
 * section must have one then), {@code m=} with a numeric port. Lines it does not need (i, u, e, p, b, t, r, z, k) are
 * checked for form and skipped. LF or CRLF line ends.
 */
public final class SdpParser {

    private SdpParser() {
    }

    public static SessionDescription parse(String text) throws SdpException {
        String[] lines = text.split("\r?\n");
        int n = lines.length;
        while (n > 0 && lines[n - 1].isEmpty()) {
            n--;
        }
        if (n == 0 || !lines[0].equals("v=0")) {
            throw new SdpException("SDP must start with v=0");
        }
        String[] origin = null;
        boolean sessionName = false;
        String sessionConnection = "";
        Optional<Direction> sessionDirection = Optional.empty();
        List<MediaDescription> media = new ArrayList<>();
        List<MediaDescription.Attribute> sessionAttributes = new ArrayList<>();
        Section section = null;
        for (int i = 1; i < n; i++) {
            String line = lines[i];
            if (line.length() < 2 || line.charAt(1) != '=' || line.charAt(0) < 'a' || line.charAt(0) > 'z') {
                throw new SdpException("line " + (i + 1) + " is not type=value: '" + line + "'");
            }
            String value = line.substring(2);
            switch (line.charAt(0)) {
                case 'o' -> {
                    origin = value.split(" ");
                    if (i != 1 || origin.length != 6 || !origin[3].equals("IN")) {
                        throw new SdpException("o= must be line 2 with 6 fields: '" + line + "'");
                    }
                    number(origin[2], "o= version");
                }
                case 's' -> sessionName = true;
                case 'c' -> {
                    String address = connection(value);
                    if (section == null) {
                        sessionConnection = address;
                    } else {
                        section.connection = address;
                    }
                }
                case 'm' -> {
                    if (section != null) {
                        media.add(section.build());
                    }
                    section = new Section(value, i + 1);
                }
                case 'a' -> {
                    int colon = value.indexOf(':');
                    MediaDescription.Attribute a = colon < 0 ? new MediaDescription.Attribute(value, "")
                            : new MediaDescription.Attribute(value.substring(0, colon), value.substring(colon + 1));
                    if (a.name().isEmpty()) {
                        throw new SdpException("line " + (i + 1) + ": attribute without a name");
                    }
                    if (section == null) {
                        sessionDirection = sessionDirection.or(() -> Direction.of(a.name()));
                        sessionAttributes.add(a);
                    } else {
                        section.attributes.add(a);
                    }
                }
                case 'i', 'u', 'e', 'p', 'b', 't', 'r', 'z', 'k' -> {
                    // not needed for offer/answer
                }
                default -> throw new SdpException("line " + (i + 1) + ": unknown type '" + line.charAt(0) + "'");
            }
        }
        if (origin == null || !sessionName) {
            throw new SdpException("SDP needs o= and s= lines");
        }
        if (section != null) {
            media.add(section.build());
        }
        for (MediaDescription m : media) {
            if (sessionConnection.isEmpty() && m.connection().isEmpty() && m.port() != 0) {
                throw new SdpException("m=" + m.type() + " has no c= line and the session has none");
            }
        }
        return new SessionDescription(origin[0], origin[1], Long.parseLong(origin[2]), origin[5], sessionConnection,
                sessionDirection, media, sessionAttributes);
    }

    private static String connection(String value) throws SdpException {
        String[] parts = value.split(" ");
        if (parts.length != 3 || !parts[0].equals("IN") || !(parts[1].equals("IP4") || parts[1].equals("IP6"))) {
            throw new SdpException("c= must be 'IN IP4|IP6 address': '" + value + "'");
        }
        int slash = parts[2].indexOf('/');
        return slash < 0 ? parts[2] : parts[2].substring(0, slash);
    }

    private static long number(String text, String what) throws SdpException {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new SdpException(what + " is not a number: '" + text + "'");
        }
    }

    /** An {@code m=} section being read. */
    private static final class Section {
        final String type;
        final int port;
        final String protocol;
        final List<String> formats;
        String connection = "";
        final List<MediaDescription.Attribute> attributes = new ArrayList<>();

        Section(String value, int line) throws SdpException {
            String[] parts = value.split(" ");
            if (parts.length < 4) {
                throw new SdpException("line " + line + ": m= needs media, port, protocol and formats");
            }
            type = parts[0];
            String portText = parts[1].contains("/") ? parts[1].substring(0, parts[1].indexOf('/')) : parts[1];
            long p = number(portText, "m= port");
            if (p < 0 || p > 65535) {
                throw new SdpException("line " + line + ": m= port out of range: " + p);
            }
            port = (int) p;
            protocol = parts[2];
            formats = List.of(parts).subList(3, parts.length);
        }

        MediaDescription build() {
            return new MediaDescription(type, port, protocol, formats, connection, attributes);
        }
    }
}
