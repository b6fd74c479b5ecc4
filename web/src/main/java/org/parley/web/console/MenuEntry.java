package org.parley.web.console;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the console's menu. Getters (not record accessors) because pages read it through EL.
 */
public final class MenuEntry {

    private final int order;
    private final String label;
    private final String icon;
    private final String path;
    private final List<String> roles;

    /**
     * @param order where it goes (lower first)
     * @param label what the menu shows
     * @param icon  a PrimeIcons class, e.g. {@code pi pi-phone}
     * @param path  the page, from the application root, e.g. {@code /extensions.xhtml}
     * @param roles who sees it (web.xml must protect the page the same way)
     */
    public MenuEntry(int order, String label, String icon, String path, List<String> roles) {
        this.order = order;
        this.label = Objects.requireNonNull(label, "label");
        this.icon = Objects.requireNonNull(icon, "icon");
        this.path = Objects.requireNonNull(path, "path");
        this.roles = List.copyOf(roles);
    }

    public int getOrder() {
        return order;
    }

    public String getLabel() {
        return label;
    }

    public String getIcon() {
        return icon;
    }

    public String getPath() {
        return path;
    }

    public List<String> getRoles() {
        return roles;
    }
}
