package org.parley.web.queue;

import java.io.Serializable;
import java.util.Optional;
import org.parley.queue.QueueEventView;
import org.parley.web.console.ConsoleTime;

/** One line of the Queue report: an event with its plain-language label and its data (empty when absent). */
public class QueueEventRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String at;
    private final String event;
    private final String label;
    private final String callId;
    private final String agent;
    private final String caller;
    private final String position;
    private final String waitSeconds;
    private final String talkSeconds;
    private final String ringMillis;
    private final String reason;
    private final String target;

    QueueEventRow(QueueEventView v) {
        this.at = ConsoleTime.format(v.at());
        this.event = v.type().name();
        this.label = v.type().label();
        this.callId = text(v.callId());
        this.agent = text(v.agent());
        this.caller = text(v.caller());
        this.position = text(v.position());
        this.waitSeconds = text(v.waitSeconds());
        this.talkSeconds = text(v.talkSeconds());
        this.ringMillis = text(v.ringMillis());
        this.reason = text(v.reason());
        this.target = text(v.target());
    }

    private static String text(Optional<?> value) {
        return value.map(Object::toString).orElse("");
    }

    public String getAt() {
        return at;
    }

    public String getEvent() {
        return event;
    }

    public String getLabel() {
        return label;
    }

    public String getCallId() {
        return callId;
    }

    public String getAgent() {
        return agent;
    }

    public String getCaller() {
        return caller;
    }

    public String getPosition() {
        return position;
    }

    public String getWaitSeconds() {
        return waitSeconds;
    }

    public String getTalkSeconds() {
        return talkSeconds;
    }

    public String getRingMillis() {
        return ringMillis;
    }

    public String getReason() {
        return reason;
    }

    public String getTarget() {
        return target;
    }
}
