package org.parley.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.security.Role;

/** The dashboard, first in the menu, for everyone signed in. */
@ApplicationScoped
public class DashboardMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(0, "Dashboard", "pi pi-home", "/index.xhtml",
                List.of(Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME)));
    }
}
