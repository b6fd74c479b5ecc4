package org.parley.web.call;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.parley.call.CallView;
import org.parley.call.LegView;
import org.parley.call.Party;
import org.parley.web.console.ConsoleTime;
import org.parley.web.console.PartyNames;

/** A call in progress as the console's Calls table shows it. Getters for EL. */
public final class CallRow {

    private final CallView call;
    private final Instant now;

    CallRow(CallView call, Instant now) {
        this.call = call;
        this.now = now;
    }

    public String getId() {
        return call.id();
    }

    public String getDirection() {
        return call.direction().name();
    }

    public String getCaller() {
        return party(call.caller());
    }

    public String getCallee() {
        return party(call.callee());
    }

    public String getState() {
        return call.held() ? "ON HOLD" : call.state().name();
    }

    public String getAnsweredBy() {
        return call.answeredBy().map(l -> party(l.party())).orElse("");
    }

    /** The device (SIP contact or outside number) that answered, for the title of the "Answered by" cell. */
    public String getAnsweredDevice() {
        return call.answeredBy().map(LegView::device).orElse("");
    }

    public String getStarted() {
        return ConsoleTime.format(call.createdAt());
    }

    /** How long it has lasted, {@code m:ss}. */
    public String getDuration() {
        Duration d = call.duration(now);
        return d.toMinutes() + ":" + String.format("%02d", d.toSecondsPart());
    }

    public long getDurationSeconds() {
        return call.duration(now).toSeconds();
    }

    /** Its legs, one line each: who, state, device. */
    public String getLegs() {
        return String.join("\n", call.legs().stream()
                .map(l -> l.role() + " " + l.party().number() + " " + l.state() + " " + l.device()).toList());
    }

    public int getLegCount() {
        return call.legs().size();
    }

    private static String party(Party party) {
        return PartyNames.text(party.number(), Optional.of(party.displayName()));
    }
}
