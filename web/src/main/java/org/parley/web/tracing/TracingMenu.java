package org.parley.web.tracing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.security.Role;
import org.parley.web.console.MenuContribution;
import org.parley.web.console.MenuEntry;

/** Call tracing in the console's menu: every role (agents see their own calls and the cases they follow). */
@ApplicationScoped
public class TracingMenu implements MenuContribution {

    private static final List<String> EVERYONE = List.of(Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME);

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(60, "Contacts", "pi pi-id-card", "/contacts.xhtml", EVERYONE),
                new MenuEntry(61, "Companies", "pi pi-building", "/companies.xhtml", EVERYONE),
                new MenuEntry(62, "Cases", "pi pi-folder-open", "/cases.xhtml", EVERYONE),
                new MenuEntry(63, "To file", "pi pi-inbox", "/to-file.xhtml", EVERYONE));
    }
}
