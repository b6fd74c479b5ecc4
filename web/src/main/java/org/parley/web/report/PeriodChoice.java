package org.parley.web.report;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** What a report page's period fields hold: a preset, or from / to dates (UTC days). */
public class PeriodChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private ReportPeriod period = ReportPeriod.TODAY;
    private LocalDate from;
    private LocalDate to;

    /** The days chosen, seen from the clock's today (UTC). */
    public ReportPeriod.Days days(Clock clock) {
        return period.days(LocalDate.now(clock.withZone(ZoneOffset.UTC)), from, to);
    }

    public List<ReportPeriod> getPeriods() {
        return List.of(ReportPeriod.values());
    }

    public ReportPeriod getPeriod() {
        return period;
    }

    public void setPeriod(ReportPeriod period) {
        this.period = period;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
