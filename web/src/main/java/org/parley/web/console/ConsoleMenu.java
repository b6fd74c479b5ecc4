package org.parley.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The console's menu and breadcrumbs: the entries of every {@link MenuContribution} the user's roles allow. */
@Named
@RequestScoped
public class ConsoleMenu {

    @Inject
    Instance<MenuContribution> contributions;

    @Inject
    CurrentUser user;

    private List<MenuEntry> visible;

    public List<MenuEntry> getEntries() {
        if (visible == null) {
            visible = contributions.stream()
                    .flatMap(c -> c.entries().stream())
                    .filter(e -> user.hasAnyRole(e.getRoles()))
                    .sorted(Comparator.comparingInt(MenuEntry::getOrder))
                    .toList();
        }
        return visible;
    }

    /** Whether an entry is the page being shown. */
    public boolean isCurrent(MenuEntry entry) {
        return currentPath().map(entry.getPath()::equals).orElse(false);
    }

    private static Optional<String> currentPath() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return Optional.ofNullable(faces.getViewRoot()).map(v -> v.getViewId());
    }
}
