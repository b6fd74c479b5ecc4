package org.parley.web.tracing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.parley.platform.paging.PageRequest;
import org.parley.security.Caller;
import org.parley.tracing.ActivityQuery;
import org.parley.tracing.ActivityService;
import org.parley.tracing.CaseService;
import org.parley.tracing.CommunicationQuery;
import org.parley.tracing.CommunicationService;
import org.parley.tracing.TracingNotFoundException;

/** A case file with its communications and tasks, for the REST API and the case page. */
@ApplicationScoped
public class CaseTimeline {

    private static final PageRequest ALL = new PageRequest(0, PageRequest.MAX_SIZE);

    @Inject
    CaseService cases;

    @Inject
    CommunicationService communications;

    @Inject
    ActivityService activities;

    /** The case, its communications newest first and its tasks by due date. */
    public static class TimelineDto {
        public CaseDto caseFile;
        public List<CommunicationDto> communications;
        public List<ActivityDto> tasks;
    }

    public TimelineDto of(Caller caller, long id) {
        TimelineDto t = new TimelineDto();
        t.caseFile = cases.find(caller, id).map(CaseDto::of)
                .orElseThrow(() -> new TracingNotFoundException("case", id));
        t.communications = communications.search(caller, CommunicationQuery.onCase(id), ALL).items().stream().map(CommunicationDto::of)
                .toList();
        ActivityQuery tasks = new ActivityQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(id),
                Optional.empty());
        t.tasks = activities.search(caller, tasks, ALL).items().stream().map(ActivityDto::of).toList();
        return t;
    }
}
