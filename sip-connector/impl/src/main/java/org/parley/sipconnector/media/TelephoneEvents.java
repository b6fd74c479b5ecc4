package org.parley.sipconnector.media;

/**
 * The RFC 4733 telephone-event payload (§2.3): event code, end bit, volume, duration; and the DTMF events 0–15
 * (§3.2) as the characters {@code 0-9 * # A-D}.
 */
public final class TelephoneEvents {

    /** Payload length of one event. */
    public static final int LENGTH = 4;
    /** Volume Parley sends key presses at: -10 dBm0. */
    public static final int VOLUME = 10;

    private static final String DIGITS = "0123456789*#ABCD";

    private TelephoneEvents() {
    }

    /** The event code of a DTMF digit, or -1 for a character that is none. */
    public static int code(char digit) {
        return DIGITS.indexOf(Character.toUpperCase(digit));
    }

    /** The digit of a DTMF event code, or 0 for a code that is no DTMF key (flash, tones). */
    public static char digit(int code) {
        return code >= 0 && code < DIGITS.length() ? DIGITS.charAt(code) : 0;
    }

    /** Writes an event at {@code at}. */
    public static void write(byte[] packet, int at, int code, boolean end, int duration) {
        packet[at] = (byte) code;
        packet[at + 1] = (byte) ((end ? 0x80 : 0) | (VOLUME & 0x3F));
        packet[at + 2] = (byte) (duration >> 8);
        packet[at + 3] = (byte) duration;
    }

    public static int code(byte[] packet, int at) {
        return packet[at] & 0xFF;
    }

    public static boolean end(byte[] packet, int at) {
        return (packet[at + 1] & 0x80) != 0;
    }

    public static int duration(byte[] packet, int at) {
        return ((packet[at + 2] & 0xFF) << 8) | (packet[at + 3] & 0xFF);
    }
}
