package org.parley.web.voicemail;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.security.Role;
import org.parley.web.console.MenuContribution;
import org.parley.web.console.MenuEntry;

/** The "My voicemail" page (everyone: the boxes they may use; administrators every box) in the console's menu. */
@ApplicationScoped
public class VoicemailMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(86, "My voicemail", "pi pi-inbox", "/voicemail.xhtml",
                List.of(Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.AGENT_NAME)));
    }
}
