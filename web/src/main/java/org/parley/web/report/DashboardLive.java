package org.parley.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parley.call.CallService;
import org.parley.registrar.Registrations;
import org.parley.tracing.CallRecordQuery;
import org.parley.tracing.CallRecordView;
import org.parley.tracing.CallRecords;

/**
 * The dashboard's live part ({@code /}, supervisors and administrators): calls in progress, callers waiting in all
 * queues and registered phones now, and today's calls per hour; read again whenever {@link DashboardPush} says so.
 */
@Named
@RequestScoped
public class DashboardLive {

    /** Call records read at most for the day's chart. */
    static final int CHART_LIMIT = 100_000;

    @Inject
    CallService calls;

    @Inject
    WallboardReader reader;

    @Inject
    Registrations registrations;

    @Inject
    CallRecords records;

    @Inject
    Clock clock;

    public int getLiveCalls() {
        return calls.activeCount();
    }

    public int getWaitingCallers() {
        return reader.waitingNow();
    }

    public int getRegisteredPhones() {
        return registrations.count();
    }

    /** Today's calls (started, and answered) per hour, from the call records (UTC). */
    public String getCallsPerHour() {
        Instant today = WallboardReader.today(clock.instant());
        List<CallRecordView> day = records.export(new CallRecordQuery(Optional.of(today), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()), CHART_LIMIT);
        return QueueCharts.callsPerHour(today, day.stream().map(CallRecordView::startedAt).toList(),
                day.stream().map(CallRecordView::answeredAt).flatMap(Optional::stream).toList());
    }
}
