package org.parley.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.security.Role;
import org.parley.web.console.MenuContribution;
import org.parley.web.console.MenuEntry;

/** The users page (administrators) and the API tokens page (everyone) in the console's menu. */
@ApplicationScoped
public class SecurityMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(
                new MenuEntry(80, "Users", "pi pi-users", "/users.xhtml", List.of(Role.ADMIN_NAME)),
                new MenuEntry(90, "API tokens", "pi pi-key", "/tokens.xhtml",
                        List.of(Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME)));
    }
}
