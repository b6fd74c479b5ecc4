package org.parley.sipconnector.jain;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javax.sip.message.Request;
import javax.sip.message.Response;

/**
 * A 2xx to an INVITE we sent and keep sending until its ACK arrives (RFC 3261 §13.3.1.4): retransmitted at T1,
 * doubling up to T2, over unreliable transports; given up after 64·T1. Guarded by its leg's monitor.
 */
final class AckWait {

    final Response response;
    final long cseq;
    final Consumer<Request> onAck;
    final Runnable onTimeout;
    Duration interval;
    Future<?> retransmission;
    Future<?> deadline;

    AckWait(Response response, long cseq, Duration firstInterval, Consumer<Request> onAck, Runnable onTimeout) {
        this.response = response;
        this.cseq = cseq;
        this.interval = firstInterval;
        this.onAck = onAck;
        this.onTimeout = onTimeout;
    }

    void cancelTimers() {
        SipTimers.cancel(retransmission);
        SipTimers.cancel(deadline);
    }
}
