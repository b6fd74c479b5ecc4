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
import org.parley.tracing.ContactService;
import org.parley.tracing.ContactView;

/**
 * {@code /phone-directory?q=}: what the phone widget's search lists, with the console's session (the REST API takes
 * none): contacts whose name or number contains {@code q} (every role reads contacts) and, for the roles that may
 * read extensions (admin, supervisor, as {@code GET /api/extensions}), extensions whose number or name contains it.
 * At most {@value #LIMIT} of each; fewer than two characters find nothing.
 */
@WebServlet("/phone-directory")
public class PhoneDirectoryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 8;

    @Inject
    transient ContactService contacts;

    @Inject
    transient ExtensionService extensions;

    /** One line of the search: a name and the number the widget dials. */
    public record Entry(String kind, String name, String detail, String number) {
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
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

    private static List<Entry> entries(ContactView contact) {
        return contact.phones().stream()
                .map(n -> new Entry("contact", contact.name(), contact.companyName().orElse(""), n)).toList();
    }

    private List<Entry> extensions(String q) {
        Map<String, ExtensionView> byNumber = new LinkedHashMap<>();
        for (ExtensionQuery query : List.of(
                new ExtensionQuery(Optional.of(q), Optional.empty(), ExtensionQuery.Sort.NUMBER, false),
                new ExtensionQuery(Optional.empty(), Optional.of(q), ExtensionQuery.Sort.NUMBER, false))) {
            extensions.search(query, new PageRequest(0, LIMIT)).items().forEach(e -> byNumber.putIfAbsent(e.number(), e));
        }
        return byNumber.values().stream().limit(LIMIT)
                .map(e -> new Entry("extension", e.displayName(), "Extension", e.number())).toList();
    }
}
