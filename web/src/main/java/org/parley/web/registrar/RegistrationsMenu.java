package org.parley.web.registrar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.security.Role;
import org.parley.web.console.MenuContribution;
import org.parley.web.console.MenuEntry;

/** The registrations page in the console's menu: administrators and supervisors. */
@ApplicationScoped
public class RegistrationsMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(20, "Registrations", "pi pi-wifi", "/registrations.xhtml",
                List.of(Role.ADMIN_NAME, Role.SUPERVISOR_NAME)));
    }
}
