package org.parley.sipconnector.jain;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Holds back the bytes of a new WebSocket connection until its HTTP upgrade request is complete, then judges its
 * {@code Origin} (RFC 6455 §4.2.1, §10.2) before JAIN-SIP answers the handshake. States: {@link State#READING_HEAD}
 * → {@link State#OPEN} (everything, the held head first, goes on to JAIN-SIP) or {@link State#REFUSED} (the peer gets
 * {@link #FORBIDDEN} and the connection closes; nothing reaches JAIN-SIP).
 */
final class UpgradeGate {

    private static final Logger LOG = Logger.getLogger(UpgradeGate.class.getName());

    /** The upgrade request of a page whose origin is not allowed. */
    static final byte[] FORBIDDEN = ("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** An upgrade request longer than this is refused: browsers send well under 2 KiB. */
    static final int MAX_HEAD_BYTES = 16 * 1024;

    private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};

    /** Headers JAIN-SIP's handshake looks up by their exact spelling, while HTTP names ignore case (RFC 9110 §5.1). */
    private static final List<String> CANONICAL = List.of("Host", "Origin", "Sec-WebSocket-Key",
            "Sec-WebSocket-Protocol", "Sec-WebSocket-Version");

    enum State { READING_HEAD, OPEN, REFUSED }

    private final OriginPolicy policy;
    private final String peer;
    private final ByteArrayOutputStream head = new ByteArrayOutputStream();
    private State state = State.READING_HEAD;

    UpgradeGate(OriginPolicy policy, String peer) {
        this.policy = policy;
        this.peer = peer;
    }

    State state() {
        return state;
    }

    /**
     * Takes bytes read from the connection; returns those JAIN-SIP may see now (none while the head is incomplete
     * or once refused). After a call, {@link #state()} says whether the connection was refused.
     */
    byte[] admit(byte[] bytes) {
        switch (state) {
            case OPEN:
                return bytes;
            case REFUSED:
                return new byte[0];
            default:
                head.writeBytes(bytes);
                byte[] held = head.toByteArray();
                int end = indexOf(held, END_OF_HEAD);
                if (end < 0) {
                    if (held.length > MAX_HEAD_BYTES) {
                        refuse("(an upgrade request over " + MAX_HEAD_BYTES + " bytes)");
                    }
                    return new byte[0];
                }
                String text = new String(held, 0, end, StandardCharsets.ISO_8859_1);
                Optional<String> origin = header(text, "origin");
                if (!policy.allows(origin, header(text, "host"))) {
                    refuse(origin.orElse(""));
                    return new byte[0];
                }
                state = State.OPEN;
                head.reset();
                return canonical(held, end);
        }
    }

    private void refuse(String origin) {
        state = State.REFUSED;
        head.reset();
        LOG.log(Level.INFO, "SIP WebSocket from {0} refused with 403: Origin {1} is not allowed "
                + "(PARLEY_SIP_WS_ORIGINS)", new Object[] {peer, origin});
    }

    /** The held bytes with the header names JAIN-SIP reads spelt as it expects ({@code sec-websocket-key} …). */
    private static byte[] canonical(byte[] held, int endOfHead) {
        String[] lines = new String(held, 0, endOfHead, StandardCharsets.ISO_8859_1).split("\r\n", -1);
        StringBuilder head = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int colon = line.indexOf(':');
            String name = colon < 0 ? "" : line.substring(0, colon).trim();
            String spelt = CANONICAL.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
            head.append("\r\n").append(spelt == null ? line : spelt + ":" + line.substring(colon + 1));
        }
        byte[] rewritten = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[rewritten.length + held.length - endOfHead];
        System.arraycopy(rewritten, 0, out, 0, rewritten.length);
        System.arraycopy(held, endOfHead, out, rewritten.length, held.length - endOfHead);
        return out;
    }

    /** The value of the first header named {@code name} (lower case) in an HTTP head. */
    static Optional<String> header(String head, String name) {
        return Arrays.stream(head.split("\r\n")).skip(1)
                .map(line -> line.split(":", 2))
                .filter(parts -> parts.length == 2 && parts[0].trim().toLowerCase(Locale.ROOT).equals(name))
                .map(parts -> parts[1].trim())
                .findFirst();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
