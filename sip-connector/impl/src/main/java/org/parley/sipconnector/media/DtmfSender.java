package org.parley.sipconnector.media;

import java.net.InetSocketAddress;
import java.util.ArrayDeque;

/**
 * Sends queued key presses as RFC 4733 events, one packet per 20 ms tick: a first packet with the marker bit, then
 * continuation packets with growing duration, then the end packet three times (§2.5.1.4), all with the timestamp of
 * the event's start. Audio is held back while a key press is sent. Callers hold the endpoint's monitor.
 */
final class DtmfSender {

    /** Samples per tick (20 ms at 8 kHz). */
    static final int TICK = 160;
    private static final int END_REPEATS = 3;

    private enum State { IDLE, TONE, END }

    private final ArrayDeque<Character> queue = new ArrayDeque<>(4);
    private final ArrayDeque<Integer> durations = new ArrayDeque<>(4);
    private State state = State.IDLE;
    private int code;
    private int total;
    private int duration;
    private int endsSent;
    private long eventTimestamp;

    /** Queues one press of {@code digit} lasting {@code millis}. */
    void queue(char digit, int millis) {
        if (TelephoneEvents.code(digit) < 0) {
            throw new IllegalArgumentException("not a DTMF key: '" + digit + "'");
        }
        queue.add(digit);
        durations.add(Math.max(40, Math.min(millis, 5000)) * 8);
    }

    /** Whether a key press is being sent or waits. */
    boolean busy() {
        return state != State.IDLE || !queue.isEmpty();
    }

    /** Sends this tick's packet, if any; returns whether it did. */
    boolean tick(RtpSender sender, InetSocketAddress to, int payloadType) {
        switch (state) {
            case IDLE -> {
                Character next = queue.poll();
                if (next == null) {
                    return false;
                }
                code = TelephoneEvents.code(next);
                total = durations.poll();
                duration = TICK;
                eventTimestamp = sender.timestamp();
                sender.event(to, payloadType, eventTimestamp, true, code, false, duration);
                state = State.TONE;
                return true;
            }
            case TONE -> {
                duration = Math.min(duration + TICK, total);
                if (duration < total) {
                    sender.event(to, payloadType, eventTimestamp, false, code, false, duration);
                    return true;
                }
                state = State.END;
                endsSent = 0;
                return tick(sender, to, payloadType);
            }
            case END -> {
                sender.event(to, payloadType, eventTimestamp, false, code, true, duration);
                if (++endsSent == END_REPEATS) {
                    sender.advance(duration);
                    sender.newTalkspurt();
                    state = State.IDLE;
                }
                return true;
            }
            default -> throw new IllegalStateException("DTMF sender in " + state);
        }
    }

    /** Forgets what waits (the endpoint closes). */
    void clear() {
        queue.clear();
        durations.clear();
        state = State.IDLE;
    }
}
