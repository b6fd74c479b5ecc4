package org.parley.web.forwarding;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.security.Role;
import org.parley.web.console.MenuContribution;
import org.parley.web.console.MenuEntry;

/** The "My forwarding" page (everyone: the forwarding of their own extension) in the console's menu. */
@ApplicationScoped
public class ForwardingMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(85, "My forwarding", "pi pi-directions", "/forwarding.xhtml",
                List.of(Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME)));
    }
}
