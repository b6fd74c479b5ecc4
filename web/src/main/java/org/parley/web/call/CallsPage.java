package org.parley.web.call;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.parley.call.CallNotFoundException;
import org.parley.call.CallService;
import org.parley.web.console.ConsoleTime;
import org.parley.web.console.FieldMessages;

/**
 * The console's Calls page ({@code /calls.xhtml}): the calls in progress with their legs and states, read again every
 * few seconds; a call can be hung up.
 */
@Named
@ViewScoped
public class CallsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallService calls;

    @Inject
    Clock clock;

    private List<CallRow> rows;
    private String readAt;

    @PostConstruct
    void init() {
        refresh();
    }

    /** Reads the calls in progress again. */
    public void refresh() {
        Instant now = clock.instant();
        rows = calls.active().stream().map(c -> new CallRow(c, now)).toList();
        readAt = ConsoleTime.format(now);
    }

    public void hangup(CallRow row) {
        try {
            calls.hangup(row.getId());
            FieldMessages.info("Call from " + row.getCaller() + " to " + row.getCallee() + " hung up");
        } catch (CallNotFoundException e) {
            FieldMessages.show(e);
        }
        refresh();
    }

    public List<CallRow> getRows() {
        return rows;
    }

    public String getReadAt() {
        return readAt;
    }

    public int getCount() {
        return rows.size();
    }
}
