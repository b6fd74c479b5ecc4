package org.parley.web.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.parley.queue.QueueStatus;

/** A queue live: connected agents and waiting callers. */
public class QueueStatusDto {

    public long queueId;
    public List<String> connectedAgents;
    public List<Waiting> waiting;
    /** Seconds the first caller has waited; 0 when nobody waits. */
    public long longestWaitSeconds;

    /** A waiting caller. */
    public static class Waiting {
        public String callId;
        public String caller;
        public Instant since;
        public int position;
        public List<String> ringing;
        /** A callback keeping a caller's place: callId is the callback's id, caller the number to call back. */
        public boolean callback;
    }

    static QueueStatusDto of(QueueStatus s, Instant now) {
        QueueStatusDto d = new QueueStatusDto();
        d.queueId = s.queueId();
        d.connectedAgents = s.connectedAgents();
        d.waiting = s.waiting().stream().map(w -> {
            Waiting x = new Waiting();
            x.callId = w.callId();
            x.caller = w.caller();
            x.since = w.since();
            x.position = w.position();
            x.callback = w.callback();
            x.ringing = w.ringing();
            return x;
        }).toList();
        d.longestWaitSeconds = s.longestWait(now).map(Duration::toSeconds).orElse(0L);
        return d;
    }
}
