package org.parley.web.phone;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.directory.ExtensionQuery;
import org.parley.directory.ExtensionService;
import org.parley.directory.ExtensionView;
import org.parley.platform.paging.PageRequest;
import org.parley.security.Role;
import org.parley.tracing.ActivityKind;
import org.parley.tracing.ActivityQuery;
import org.parley.tracing.ActivityService;
import org.parley.tracing.ContactService;
import org.parley.tracing.ContactView;
import org.parley.web.console.CurrentUser;

/**
 * The phone widget's lists, with the console's session (the REST API takes none); every entry is a name and the
 * number the widget dials. Not cacheable.
 * <ul>
 * <li>{@code /phone-directory?q=}: contacts whose name or number contains {@code q} (every role reads contacts) and,
 * for the roles that may read extensions (admin, supervisor, as {@code GET /api/extensions}), extensions whose number
 * or name contains it; at most {@value #LIMIT} of each; fewer than two characters find nothing.</li>
 * <li>{@code /phone-next-calls}: the user's scheduled calls due today and not done, as the desk's *Next calls*
 * ({@code GET /api/activities?assignee=me&due=today}), those with a number.</li>
 * </ul>
 */
@WebServlet({PhoneListsServlet.DIRECTORY, PhoneListsServlet.NEXT_CALLS})
public class PhoneListsServlet extends HttpServlet {

    static final String DIRECTORY = "/phone-directory";
    static final String NEXT_CALLS = "/phone-next-calls";
    static final int LIMIT = 8;
    private static final long serialVersionUID = 1L;

    @Inject
    transient ContactService contacts;

    @Inject
    transient ExtensionService extensions;

    @Inject
    transient ActivityService activities;

    @Inject
    transient CurrentUser user;

    /** One line of a list: {@code kind} contact, extension or call; a name, a detail, the number to dial. */
    public record Entry(String kind, String name, String detail, String number) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (NEXT_CALLS.equals(request.getServletPath())) {
            PhoneJson.write(response, Map.of("calls", nextCalls()));
            return;
        }
        String q = Optional.ofNullable(request.getParameter("q")).map(String::strip).orElse("");
        List<Entry> found = new ArrayList<>();
        if (q.length() >= 2) {
            contacts.search(q, new PageRequest(0, LIMIT)).items().forEach(c -> found.addAll(entries(c)));
            if (request.isUserInRole(Role.ADMIN_NAME) || request.isUserInRole(Role.SUPERVISOR_NAME)) {
                found.addAll(extensions(q));
            }
        }
        PhoneJson.write(response, Map.of("entries", found));
    }

    private List<Entry> nextCalls() {
        ActivityQuery dueToday = new ActivityQuery(Optional.of(user.getName()), Optional.of(activities.today()),
                Optional.of(false), Optional.empty(), Optional.of(ActivityKind.CALL));
        return activities.search(user.caller(), dueToday, new PageRequest(0, 50)).items().stream()
                .filter(a -> a.number().isPresent())
                .map(a -> new Entry("call", a.contactName().orElse(a.title()), a.title(), a.number().orElseThrow()))
                .toList();
    }

    private static List<Entry> entries(ContactView contact) {
        return contact.phones().stream()
                .map(n -> new Entry("contact", contact.name(), contact.companyName().orElse(""), n)).toList();
    }

    private List<Entry> extensions(String q) {
        Map<String, ExtensionView> byNumber = new LinkedHashMap<>();
        for (ExtensionQuery query : List.of(
                new ExtensionQuery(Optional.of(q), Optional.empty(), ExtensionQuery.Sort.NUMBER, false),
                new ExtensionQuery(Optional.empty(), Optional.of(q), ExtensionQuery.Sort.NUMBER, false))) {
            extensions.search(query, new PageRequest(0, LIMIT)).items()
                    .forEach(e -> byNumber.putIfAbsent(e.number(), e));
        }
        return byNumber.values().stream().limit(LIMIT)
                .map(e -> new Entry("extension", e.displayName(), "Extension", e.number())).toList();
    }
}
