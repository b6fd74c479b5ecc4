package org.parley.web.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.security.Role;
import org.parley.web.console.MenuContribution;
import org.parley.web.console.MenuEntry;

/** The agent report in the console's menu, after the wallboard: administrators and supervisors. */
@ApplicationScoped
public class AgentReportMenu implements MenuContribution {

    @Override
    public List<MenuEntry> entries() {
        return List.of(new MenuEntry(52, "Agent report", "pi pi-user", "/agent-report.xhtml",
                List.of(Role.ADMIN_NAME, Role.SUPERVISOR_NAME)));
    }
}
