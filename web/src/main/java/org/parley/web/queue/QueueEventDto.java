package org.parley.web.queue;

import java.time.Instant;
import org.parley.queue.QueueEventView;

/** One queue event (absent data are null). */
public class QueueEventDto {

    public Instant at;
    /** Asterisk queue_log name: ENTERQUEUE, CONNECT … */
    public String event;
    /** The console's plain-language label. */
    public String label;
    public String callId;
    public String agent;
    public String caller;
    public Integer position;
    public Integer origPosition;
    public Integer waitSeconds;
    public Integer talkSeconds;
    public Long ringMillis;
    public Integer loginSeconds;
    /** Pause reason (PAUSE); how a transfer was asked (BLINDTRANSFER: blind, api) or completed (ATTENDEDTRANSFER: BRIDGE). */
    public String reason;
    /** Who the call was transferred to (BLINDTRANSFER, ATTENDEDTRANSFER). */
    public String target;

    public static QueueEventDto of(QueueEventView v) {
        QueueEventDto d = new QueueEventDto();
        d.at = v.at();
        d.event = v.type().name();
        d.label = v.type().label();
        d.callId = v.callId().orElse(null);
        d.agent = v.agent().orElse(null);
        d.caller = v.caller().orElse(null);
        d.position = v.position().orElse(null);
        d.origPosition = v.origPosition().orElse(null);
        d.waitSeconds = v.waitSeconds().orElse(null);
        d.talkSeconds = v.talkSeconds().orElse(null);
        d.ringMillis = v.ringMillis().orElse(null);
        d.loginSeconds = v.loginSeconds().orElse(null);
        d.reason = v.reason().orElse(null);
        d.target = v.target().orElse(null);
        return d;
    }
}
