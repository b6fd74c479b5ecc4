package org.parley.web.phone;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.platform.paging.PageRequest;
import org.parley.tracing.ActivityKind;
import org.parley.tracing.ActivityQuery;
import org.parley.tracing.ActivityService;
import org.parley.tracing.ActivityView;
import org.parley.web.console.CurrentUser;

/**
 * {@code /phone-next-calls}: the signed-in user's scheduled calls due today and not done (as the desk's *Next calls*
 * and {@code GET /api/activities?assignee=me&due=today}), for the phone widget, with the console's session. Only
 * those with a number: the widget calls them itself.
 */
@WebServlet("/phone-next-calls")
public class PhoneNextCallsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ActivityService activities;

    @Inject
    transient CurrentUser user;

    /** One scheduled call: its title, the contact and the number to dial. */
    public record NextCall(long id, String title, String contact, String number) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ActivityQuery dueToday = new ActivityQuery(Optional.of(user.getName()), Optional.of(activities.today()),
                Optional.of(false), Optional.empty(), Optional.of(ActivityKind.CALL));
        List<NextCall> calls = activities.search(user.caller(), dueToday, new PageRequest(0, 50)).items().stream()
                .filter(a -> a.number().isPresent()).map(PhoneNextCallsServlet::of).toList();
        PhoneJson.write(response, Map.of("calls", calls));
    }

    private static NextCall of(ActivityView a) {
        return new NextCall(a.id(), a.title(), a.contactName().orElse(""), a.number().orElseThrow());
    }
}
