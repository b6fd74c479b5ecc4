package org.parley.sipconnector.media;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.parley.sipconnector.media.MediaEvent;

/**
 * Turns key presses heard on a leg into {@link MediaEvent.DtmfReceived} once: a phone that sends one press both as
 * RFC 4733 events and as SIP INFO is reported for the first of the two; the second, the same key by the other method
 * within {@value #WINDOW_MILLIS} ms, is dropped.
 */
public final class DtmfReports {

    static final long WINDOW_MILLIS = 700;

    private record Last(char digit, org.parley.sipconnector.media.DtmfMethod method, long at) {
    }

    private final Map<String, Last> last = new ConcurrentHashMap<>();
    private final Consumer<MediaEvent> sink;
    private final LongSupplier clockMillis;

    public DtmfReports(Consumer<MediaEvent> sink, LongSupplier clockMillis) {
        this.sink = sink;
        this.clockMillis = clockMillis;
    }

    /** One press of {@code digit} on leg {@code legId}, heard by {@code method}; reported unless a repeat. */
    public void heard(String legId, char digit, org.parley.sipconnector.media.DtmfMethod method) {
        long now = clockMillis.getAsLong();
        boolean[] report = {true};
        last.compute(legId, (id, previous) -> {
            if (previous != null && previous.digit() == digit && previous.method() != method
                    && now - previous.at() < WINDOW_MILLIS) {
                report[0] = false;
                return previous;
            }
            return new Last(digit, method, now);
        });
        if (report[0]) {
            sink.accept(new MediaEvent.DtmfReceived(legId, digit, method));
        }
    }

    /** The leg is over. */
    public void forget(String legId) {
        last.remove(legId);
    }
}
