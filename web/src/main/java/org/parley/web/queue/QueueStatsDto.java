package org.parley.web.queue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.queue.QueueReport;
import org.parley.queue.QueueStatistics;

/** A queue's figures for a period; per agent the same figures over that agent's calls. */
public class QueueStatsDto {

    public Figures queue;
    public Map<String, Figures> agents;

    static QueueStatsDto of(QueueReport report) {
        QueueStatsDto d = new QueueStatsDto();
        d.queue = Figures.of(report.figures());
        Map<String, Figures> agents = new LinkedHashMap<>();
        report.agents().forEach((agent, figures) -> agents.put(agent, Figures.of(figures)));
        d.agents = agents;
        return d;
    }

    /** The figures (rates in percent, times in seconds; null when there is nothing to average). */
    public static class Figures {
        public long offered;
        public long answered;
        public long abandoned;
        public long timedOut;
        public Double serviceLevelPercent;
        public long serviceLevelSeconds;
        public Double averageSpeedOfAnswerSeconds;
        public Double abandonRatePercent;
        public Double averageTalkSeconds;

        static Figures of(QueueStatistics s) {
            Figures f = new Figures();
            f.offered = s.offered();
            f.answered = s.answered();
            f.abandoned = s.abandoned();
            f.timedOut = s.timedOut();
            f.serviceLevelPercent = s.serviceLevel().orElse(null);
            f.serviceLevelSeconds = s.serviceThreshold().toSeconds();
            f.averageSpeedOfAnswerSeconds = s.averageAnswer().orElse(null);
            f.abandonRatePercent = s.abandonRate().orElse(null);
            f.averageTalkSeconds = s.averageTalk().orElse(null);
            return f;
        }
    }
}
