package org.parley.web.report;

import java.time.Instant;
import java.util.Map;
import org.parley.queue.AgentStatistics;

/** An agent's figures for a period over every queue (times in seconds, occupancy in percent, null when none). */
public class AgentStatsDto {

    public String extension;
    public Instant from;
    public Instant to;
    /** Queue calls answered (CONNECT). */
    public long answered;
    /** Rings not answered (RINGNOANSWER). */
    public long missed;
    public long talkSeconds;
    /** Pause time by reason ("" for a pause without one). */
    public Map<String, Long> pauseSeconds;
    public long pausedSeconds;
    /** Time connected to at least one queue. */
    public long connectedSeconds;
    /** Talk time / (connected time − pause time) × 100. */
    public Double occupancyPercent;

    static AgentStatsDto of(AgentStatistics s) {
        AgentStatsDto d = new AgentStatsDto();
        d.extension = s.extension();
        d.from = s.from();
        d.to = s.to();
        d.answered = s.answered();
        d.missed = s.missed();
        d.talkSeconds = s.talkSeconds();
        d.pauseSeconds = s.pauseSeconds();
        d.pausedSeconds = s.pausedSeconds();
        d.connectedSeconds = s.connectedSeconds();
        d.occupancyPercent = s.occupancy().orElse(null);
        return d;
    }
}
