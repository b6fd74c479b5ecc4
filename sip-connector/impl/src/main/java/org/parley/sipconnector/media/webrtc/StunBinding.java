package org.parley.sipconnector.media.webrtc;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * STUN messages (RFC 5389) as ICE-lite needs them: reading a Binding request's attributes, checking its
 * MESSAGE-INTEGRITY and FINGERPRINT, and writing a success response with XOR-MAPPED-ADDRESS, MESSAGE-INTEGRITY and
 * FINGERPRINT. HMAC-SHA1 and CRC-32 come from the JDK.
 */
public final class StunBinding {

    static final int BINDING_REQUEST = 0x0001;
    static final int BINDING_SUCCESS = 0x0101;
    static final int MAGIC_COOKIE = 0x2112A442;
    static final int USERNAME = 0x0006;
    static final int MESSAGE_INTEGRITY = 0x0008;
    static final int XOR_MAPPED_ADDRESS = 0x0020;
    static final int SOFTWARE = 0x8022;
    static final int FINGERPRINT = 0x8028;
    private static final int HEADER = 20;
    private static final int FINGERPRINT_XOR = 0x5354554e;

    private StunBinding() {
    }

    /** A parsed message: its type, transaction id and where MESSAGE-INTEGRITY / FINGERPRINT start (-1 if absent). */
    public record Message(int type, byte[] transaction, Optional<String> username, int integrityAt,
            int fingerprintAt) {
    }

    /** Reads the message in the first {@code length} bytes, if it is well-formed STUN with the magic cookie. */
    public static Optional<Message> parse(byte[] packet, int length) {
        if (length < HEADER || (packet[0] & 0xc0) != 0) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(packet, 0, length);
        int type = in.getShort() & 0xffff;
        int bodyLength = in.getShort() & 0xffff;
        if (in.getInt() != MAGIC_COOKIE || HEADER + bodyLength != length || bodyLength % 4 != 0) {
            return Optional.empty();
        }
        byte[] transaction = new byte[12];
        in.get(transaction);
        Optional<String> username = Optional.empty();
        int integrityAt = -1;
        int fingerprintAt = -1;
        while (in.remaining() >= 4) {
            int at = in.position();
            int attribute = in.getShort() & 0xffff;
            int attributeLength = in.getShort() & 0xffff;
            int padded = (attributeLength + 3) & ~3;
            if (padded > in.remaining()) {
                return Optional.empty();
            }
            if (attribute == USERNAME) {
                username = Optional.of(new String(packet, in.position(), attributeLength, StandardCharsets.UTF_8));
            } else if (attribute == MESSAGE_INTEGRITY && attributeLength == 20) {
                integrityAt = at;
            } else if (attribute == FINGERPRINT && attributeLength == 4) {
                fingerprintAt = at;
            }
            in.position(in.position() + padded);
        }
        return Optional.of(new Message(type, transaction, username, integrityAt, fingerprintAt));
    }

    /** Whether the message's MESSAGE-INTEGRITY is the HMAC-SHA1 of what precedes it keyed with {@code password}. */
    public static boolean integrityValid(byte[] packet, Message message, String password) {
        if (message.integrityAt() < 0) {
            return false;
        }
        byte[] expected = integrity(packet, message.integrityAt(), password);
        byte[] actual = new byte[20];
        System.arraycopy(packet, message.integrityAt() + 4, actual, 0, 20);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether the message's FINGERPRINT is the CRC-32 of what precedes it, XOR 0x5354554e. */
    public static boolean fingerprintValid(byte[] packet, Message message) {
        if (message.fingerprintAt() < 0) {
            return false;
        }
        int actual = ByteBuffer.wrap(packet, message.fingerprintAt() + 4, 4).getInt();
        return actual == fingerprint(packet, message.fingerprintAt());
    }

    /** The HMAC over {@code packet[0..at)} with the header's length set as if the message ended after the HMAC. */
    private static byte[] integrity(byte[] packet, int at, String password) {
        byte[] covered = packet.clone();
        putLength(covered, at + 24 - HEADER);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(password.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            mac.update(covered, 0, at);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }

    private static int fingerprint(byte[] packet, int at) {
        byte[] covered = packet.clone();
        putLength(covered, at + 8 - HEADER);
        CRC32 crc = new CRC32();
        crc.update(covered, 0, at);
        return (int) crc.getValue() ^ FINGERPRINT_XOR;
    }

    private static void putLength(byte[] packet, int length) {
        packet[2] = (byte) (length >>> 8);
        packet[3] = (byte) length;
    }

    /** A Binding request as an ICE agent sends it: USERNAME, then MESSAGE-INTEGRITY and FINGERPRINT. */
    public static byte[] request(byte[] transaction, String username, String password) {
        return new Writer(BINDING_REQUEST, transaction)
                .attribute(USERNAME, username.getBytes(StandardCharsets.UTF_8)).sign(password);
    }

    /** The 8 value bytes of XOR-MAPPED-ADDRESS for an IPv4 or IPv6 {@code address}. */
    static byte[] xorMappedAddress(InetSocketAddress address, byte[] transaction) {
        byte[] ip = address.getAddress().getAddress();
        ByteBuffer value = ByteBuffer.allocate(4 + ip.length);
        value.put((byte) 0).put((byte) (ip.length == 4 ? 1 : 2));
        value.putShort((short) (address.getPort() ^ (MAGIC_COOKIE >>> 16)));
        byte[] mask = ByteBuffer.allocate(16).putInt(MAGIC_COOKIE).put(transaction).array();
        for (int i = 0; i < ip.length; i++) {
            value.put((byte) (ip[i] ^ mask[i]));
        }
        return value.array();
    }

    /** A message writer: attributes in order, then MESSAGE-INTEGRITY and FINGERPRINT. */
    static final class Writer {
        private final ByteBuffer out = ByteBuffer.allocate(512);

        Writer(int type, byte[] transaction) {
            out.putShort((short) type).putShort((short) 0).putInt(MAGIC_COOKIE).put(transaction);
        }

        Writer attribute(int type, byte[] value) {
            out.putShort((short) type).putShort((short) value.length).put(value);
            while (out.position() % 4 != 0) {
                out.put((byte) 0);
            }
            return this;
        }

        /** Ends with MESSAGE-INTEGRITY keyed with {@code password} and FINGERPRINT. */
        byte[] sign(String password) {
            int integrityAt = out.position();
            byte[] mac = integrity(out.array(), integrityAt, password);
            attribute(MESSAGE_INTEGRITY, mac);
            int fingerprintAt = out.position();
            int crc = fingerprint(out.array(), fingerprintAt);
            attribute(FINGERPRINT, ByteBuffer.allocate(4).putInt(crc).array());
            byte[] message = new byte[out.position()];
            System.arraycopy(out.array(), 0, message, 0, message.length);
            putLength(message, message.length - HEADER);
            return message;
        }
    }
}
