package org.parley.web.console;

/** One readiness check as the dashboard shows it. Getters for EL. */
public final class HealthRow {

    private final String name;
    private final boolean up;
    private final String details;

    public HealthRow(String name, boolean up, String details) {
        this.name = name;
        this.up = up;
        this.details = details;
    }

    public String getName() {
        return name;
    }

    public boolean isUp() {
        return up;
    }

    public String getDetails() {
        return details;
    }
}
