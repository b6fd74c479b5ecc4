package org.parley.call;

import java.util.Objects;
import java.util.Optional;
import org.parley.registrar.RegistrationView;

/** Where an outgoing leg goes. */
public sealed interface Destination {

    /** Something to show in records: the contact URI, or the trunk and number. */
    String describe();

    /**
     * What kind of media endpoint this destination needs when Parley anchors its leg: the one place where a call
     * decides it (ringing, forwards, queue agents, click-to-dial). A browser (a device registered over SIP over
     * WebSocket) speaks only WebRTC; phones and trunks plain RTP.
     */
    MediaKind media();

    /**
     * A registered device of an extension.
     *
     * @param extension  the extension
     * @param contact    the contact URI it registered
     * @param transport  the transport it registered over
     * @param sourceHost the address its REGISTER came from (reached there, so devices behind NAT answer)
     * @param sourcePort the port its REGISTER came from
     */
    record Device(String extension, String contact, String transport, String sourceHost, int sourcePort)
            implements Destination {
        public Device {
            Objects.requireNonNull(extension, "extension");
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(transport, "transport");
            Objects.requireNonNull(sourceHost, "sourceHost");
        }

        /** A registered device of an extension, reached at the address its REGISTER came from. */
        public static Device of(RegistrationView r) {
            String source = r.sourceAddress();
            String host;
            int port;
            if (source.startsWith("[")) {
                int end = source.indexOf(']');
                host = source.substring(1, end);
                port = Integer.parseInt(source.substring(end + 2));
            } else {
                int colon = source.lastIndexOf(':');
                host = source.substring(0, colon);
                port = Integer.parseInt(source.substring(colon + 1));
            }
            return new Device(r.extension(), r.contact(), r.transport(), host, port);
        }

        @Override
        public String describe() {
            return contact;
        }

        @Override
        public MediaKind media() {
            String t = transport.toUpperCase(java.util.Locale.ROOT);
            return t.equals("WS") || t.equals("WSS") ? MediaKind.WEBRTC : MediaKind.RTP;
        }
    }

    /**
     * An outside number through a trunk.
     *
     * @param number   E.164 number (or short emergency number) to dial
     * @param trunk    the trunk's name
     * @param host     the trunk's host
     * @param port     its port
     * @param transport its transport
     * @param username credentials for the carrier's challenges, if any
     * @param password the password that goes with them
     * @param callerId the number presented to the carrier, if the trunk sets one
     */
    record Trunk(String number, String trunk, String host, int port, String transport, Optional<String> username,
            Optional<String> password, Optional<String> callerId) implements Destination {
        public Trunk {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(trunk, "trunk");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(transport, "transport");
        }

        @Override
        public String describe() {
            return trunk + ":" + number;
        }

        @Override
        public MediaKind media() {
            return MediaKind.RTP;
        }

        @Override
        public String toString() {
            return "Trunk[" + trunk + " " + number + "]";
        }
    }
}
