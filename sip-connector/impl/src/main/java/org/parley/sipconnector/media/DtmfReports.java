package org.parley.sipconnector.media;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Turns key presses heard on a leg into {@link MediaEvent.DtmfReceived} once: a phone that sends one press both as
 * RFC 4733 events and as SIP INFO is reported for the first of the two. A press heard by one method within
 * {@value #WINDOW_MILLIS} ms of an unpaired report of the same key by the other method is that report's twin and is
 * dropped; each report takes at most one twin, so a key pressed twice is reported twice.
 */
public final class DtmfReports {

    static final long WINDOW_MILLIS = 700;

    private static final class Heard {
        final char digit;
        final DtmfMethod method;
        final long at;
        boolean paired;

        Heard(char digit, DtmfMethod method, long at) {
            this.digit = digit;
            this.method = method;
            this.at = at;
        }
    }

    private final Map<String, ArrayDeque<Heard>> recent = new ConcurrentHashMap<>();
    private final Consumer<MediaEvent> sink;
    private final LongSupplier clockMillis;

    public DtmfReports(Consumer<MediaEvent> sink, LongSupplier clockMillis) {
        this.sink = sink;
        this.clockMillis = clockMillis;
    }

    /** One press of {@code digit} on leg {@code legId}, heard by {@code method}; reported unless a twin. */
    public void heard(String legId, char digit, DtmfMethod method) {
        long now = clockMillis.getAsLong();
        ArrayDeque<Heard> heard = recent.computeIfAbsent(legId, id -> new ArrayDeque<>(4));
        synchronized (heard) {
            heard.removeIf(h -> now - h.at >= WINDOW_MILLIS);
            for (Iterator<Heard> it = heard.iterator(); it.hasNext(); ) {
                Heard h = it.next();
                if (!h.paired && h.digit == digit && h.method != method) {
                    h.paired = true;
                    return;
                }
            }
            heard.add(new Heard(digit, method, now));
        }
        sink.accept(new MediaEvent.DtmfReceived(legId, digit, method));
    }

    /** The leg is over. */
    public void forget(String legId) {
        recent.remove(legId);
    }
}
