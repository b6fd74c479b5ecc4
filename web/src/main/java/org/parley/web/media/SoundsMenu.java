package org.parley.web.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.security.Role;
import org.parley.web.console.MenuContribution;
import org.parley.web.console.MenuEntry;

/** The Sounds page in the console's menu: administrators change, supervisors listen. */
@ApplicationScoped
public class SoundsMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(70, "Sounds", "pi pi-volume-up", "/sounds.xhtml",
                List.of(Role.ADMIN_NAME, Role.SUPERVISOR_NAME)));
    }
}
