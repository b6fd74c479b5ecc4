package org.parley.web.directory;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.security.Role;
import org.parley.web.console.MenuContribution;
import org.parley.web.console.MenuEntry;

/** The extensions page in the console's menu: administrators and supervisors. */
@ApplicationScoped
public class ExtensionsMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(10, "Extensions", "pi pi-phone", "/extensions.xhtml",
                List.of(Role.ADMIN_NAME, Role.SUPERVISOR_NAME)));
    }
}
