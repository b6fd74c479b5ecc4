package org.parley.web.call;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.security.Role;
import org.parley.web.console.MenuContribution;
import org.parley.web.console.MenuEntry;

/** The Calls and Call history pages in the console's menu: administrators and supervisors. */
@ApplicationScoped
public class CallsMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        List<String> roles = List.of(Role.ADMIN_NAME, Role.SUPERVISOR_NAME);
        return List.of(new MenuEntry(40, "Calls", "pi pi-phone", "/calls.xhtml", roles),
                new MenuEntry(41, "Call history", "pi pi-history", "/call-history.xhtml", roles));
    }
}
