package org.parley.test.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A test phone over UDP that writes its SIP by hand, for the cases SIPp cannot express (SHA-256 digest, replayed
 * nonce counts, several contacts, wildcard removal).
 */
public final class SipClient implements AutoCloseable {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration T1 = Duration.ofMillis(500);

    private final DatagramSocket socket;
    private final InetSocketAddress server;
    private final String domain;

    private SipClient(DatagramSocket socket, InetSocketAddress server, String domain) {
        this.socket = socket;
        this.server = server;
        this.domain = domain;
    }

    public static SipClient udp(ParleyServer parley) {
        try {
            DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress());
            return new SipClient(s, new InetSocketAddress(parley.sipHost(), parley.sipPort()), parley.domain());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A phone on another loopback address (127.0.0.n), so that Parley sees a source of its own. */
    public static SipClient udpFrom(ParleyServer parley, String localAddress) {
        try {
            DatagramSocket s = new DatagramSocket(0, InetAddress.getByName(localAddress));
            return new SipClient(s, new InetSocketAddress(parley.sipHost(), parley.sipPort()), parley.domain());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int localPort() {
        return socket.getLocalPort();
    }

    /** A contact URI of this phone for {@code user}. */
    public String contact(String user) {
        return "sip:" + user + "@127.0.0.1:" + localPort();
    }

    public void send(String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        send(bytes);
    }

    public void send(byte[] bytes) {
        try {
            socket.send(new DatagramPacket(bytes, bytes.length, server));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next message received, if one comes within the timeout. */
    public Optional<SipMessageText> receive(Duration timeout) {
        byte[] buffer = new byte[65_535];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
            socket.receive(packet);
            return Optional.of(SipMessageText.parse(
                    new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8)));
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a request and returns the first final response with its Call-ID, skipping provisional ones. */
    public SipMessageText request(String message, String callId) {
        send(message);
        return finalResponse(callId, Instant.now().plus(ANSWER_TIMEOUT))
                .orElseThrow(() -> noAnswer(message));
    }

    /**
     * Sends a request as a UDP client transaction does (RFC 3261 §17.1.2.2, Timer E): again every T1 (500 ms) until
     * a final response with its Call-ID arrives.
     */
    public SipMessageText requestRetransmitting(String message, String callId) {
        Instant deadline = Instant.now().plus(ANSWER_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            send(message);
            Optional<SipMessageText> answer = finalResponse(callId, Instant.now().plus(T1));
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        throw noAnswer(message);
    }

    private Optional<SipMessageText> finalResponse(String callId, Instant until) {
        while (Instant.now().isBefore(until)) {
            Optional<SipMessageText> m = receive(Duration.between(Instant.now(), until));
            if (m.isPresent() && m.get().isResponse() && m.get().status() >= 200
                    && m.get().header("Call-ID").map(callId::equals).orElse(false)) {
                return m;
            }
        }
        return Optional.empty();
    }

    private static AssertionError noAnswer(String message) {
        return new AssertionError("No final response within " + ANSWER_TIMEOUT.toSeconds() + " s to:\n" + message);
    }

    /** Starts a REGISTER of {@code extension}. */
    public Register register(String extension) {
        return new Register(extension);
    }

    @Override
    public void close() {
        socket.close();
    }

    /** A REGISTER being written; one instance is one registration dialog (same Call-ID, rising CSeq). */
    public final class Register {
        private final String extension;
        private final String callId = UUID.randomUUID() + "@test";
        private final String fromTag = UUID.randomUUID().toString().substring(0, 8);
        private final List<String> contacts = new ArrayList<>();
        private String toHost = domain;
        private Integer expires;
        private long cseq;
        private String authorization;
        private int nc;

        private Register(String extension) {
            this.extension = extension;
        }

        /** Adds a Contact header value, e.g. {@code <sip:2001@127.0.0.1:5070>;expires=60} or {@code *}. */
        public Register contact(String value) {
            contacts.add(value);
            return this;
        }

        /** Adds this phone's own contact. */
        public Register ownContact() {
            return contact("<" + SipClient.this.contact(extension) + ">");
        }

        public Register expires(Integer seconds) {
            this.expires = seconds;
            return this;
        }

        public Register toHost(String host) {
            this.toHost = host;
            return this;
        }

        /** The CSeq number the next request carries. */
        public Register nextCSeq(long value) {
            this.cseq = value - 1;
            return this;
        }

        public Register clearContacts() {
            contacts.clear();
            return this;
        }

        public String requestUri() {
            return "sip:" + domain;
        }

        public String callId() {
            return callId;
        }

        /** The text of the next REGISTER (CSeq one above the last). */
        public String next() {
            cseq++;
            StringBuilder sb = new StringBuilder()
                    .append("REGISTER ").append(requestUri()).append(" SIP/2.0\r\n")
                    .append("Via: SIP/2.0/UDP 127.0.0.1:").append(localPort()).append(";branch=z9hG4bK")
                    .append(UUID.randomUUID().toString().replace("-", "")).append(";rport\r\n")
                    .append("Max-Forwards: 70\r\n")
                    .append("From: <sip:").append(extension).append('@').append(toHost).append(">;tag=")
                    .append(fromTag).append("\r\n")
                    .append("To: <sip:").append(extension).append('@').append(toHost).append(">\r\n")
                    .append("Call-ID: ").append(callId).append("\r\n")
                    .append("CSeq: ").append(cseq).append(" REGISTER\r\n");
            for (String c : contacts) {
                sb.append("Contact: ").append(c).append("\r\n");
            }
            if (expires != null) {
                sb.append("Expires: ").append(expires).append("\r\n");
            }
            if (authorization != null) {
                sb.append("Authorization: ").append(authorization).append("\r\n");
            }
            sb.append("User-Agent: Parley test phone\r\n").append("Content-Length: 0\r\n\r\n");
            return sb.toString();
        }

        /** Sends as is (with the current Authorization, if any) and returns the final response. */
        public SipMessageText send() {
            return request(next(), callId);
        }

        /**
         * Registers the way a phone does: sends, answers the 401 challenge of {@code algorithm} with
         * {@code password}, returns the final response to the authenticated request.
         */
        public SipMessageText sendAuthenticated(String password, String algorithm) {
            authorization = null;
            SipMessageText challenge = send();
            if (challenge.status() != 401) {
                throw new AssertionError("expected a 401 challenge, got:\n" + challenge);
            }
            answer(challenge, password, algorithm);
            return send();
        }

        /** Sets the Authorization for the challenge of {@code algorithm} in a 401 response. */
        public Register answer(SipMessageText response401, String password, String algorithm) {
            Map<String, String> chosen = response401.all("WWW-Authenticate").stream().map(Digest::challenge)
                    .filter(c -> c.getOrDefault("algorithm", "MD5").equalsIgnoreCase(algorithm))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no " + algorithm + " challenge in:\n" + response401));
            nc = 0;
            return reuse(chosen, password);
        }

        /** Answers the same challenge again with the next nonce count. */
        public Register reuse(Map<String, String> challenge, String password) {
            nc++;
            authorization = Digest.authorization(challenge, extension, password, "REGISTER", requestUri(),
                    String.format("%08x", nc), UUID.randomUUID().toString().substring(0, 8));
            return this;
        }

        /** Forces the nonce count of the next answer (to replay one). */
        public Register nonceCount(int value) {
            this.nc = value - 1;
            return this;
        }

        public Optional<String> authorization() {
            return Optional.ofNullable(authorization);
        }

        /** Sets an Authorization header value as is. */
        public Register authorization(String value) {
            this.authorization = value;
            return this;
        }
    }
}
