package org.parley.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.security.Role;
import org.parley.web.console.MenuContribution;
import org.parley.web.console.MenuEntry;

/** The wallboard in the console's menu, after Queues: administrators and supervisors. */
@ApplicationScoped
public class WallboardMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(51, "Wallboard", "pi pi-chart-bar", "/wallboard.xhtml",
                List.of(Role.ADMIN_NAME, Role.SUPERVISOR_NAME)));
    }
}
