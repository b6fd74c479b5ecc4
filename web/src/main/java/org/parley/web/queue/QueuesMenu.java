package org.parley.web.queue;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.security.Role;
import org.parley.web.console.MenuContribution;
import org.parley.web.console.MenuEntry;

/** The Queues dashboard in the console's menu (its report is opened from it): administrators and supervisors. */
@ApplicationScoped
public class QueuesMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(50, "Queues", "pi pi-sitemap", "/queues.xhtml",
                List.of(Role.ADMIN_NAME, Role.SUPERVISOR_NAME)));
    }
}
