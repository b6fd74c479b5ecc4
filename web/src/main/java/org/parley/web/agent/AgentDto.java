package org.parley.web.agent;

import java.time.Instant;
import java.util.List;
import org.parley.agent.AgentView;

/** An agent in the REST API. */
public class AgentDto {

    public String extension;
    /** LOGGED_OUT, AVAILABLE, RINGING, IN_CALL, WRAP_UP or PAUSED. */
    public String state;
    public Instant since;
    /** On a call no queue accounts for. */
    public boolean busy;
    /** A queue may ring them now. */
    public boolean available;
    public String pauseReason;
    /** A pause asked for during a ring or call, applied when it ends. */
    public boolean pauseNoted;
    public Instant wrapUpUntil;
    /** Ids of the queues they are connected to. */
    public List<Long> queues;

    public static AgentDto of(AgentView v) {
        AgentDto d = new AgentDto();
        d.extension = v.extension();
        d.state = v.state().name();
        d.since = v.since();
        d.busy = v.busy();
        d.available = v.available();
        d.pauseReason = v.pauseReason().orElse(null);
        d.pauseNoted = v.pauseNoted();
        d.wrapUpUntil = v.wrapUpUntil().orElse(null);
        d.queues = v.queues().stream().sorted().toList();
        return d;
    }
}
