package org.parley.web.agent;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.security.Role;
import org.parley.web.console.MenuContribution;
import org.parley.web.console.MenuEntry;

/** The agent desk, "My queues" (everyone: the page itself says when their user is linked to no extension). */
@ApplicationScoped
public class AgentDeskMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(84, "My queues", "pi pi-headphones", "/desk.xhtml",
                List.of(Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME)));
    }
}
