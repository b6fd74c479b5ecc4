package org.parley.web.agent;

import java.io.Serializable;

/**
 * One queue on the agent desk. Getters (not record accessors) because the page reads it through EL.
 */
public final class DeskQueueRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String number;
    private final boolean dynamic;
    private final boolean connected;

    /**
     * @param dynamic   the agent connects and disconnects themself (a static agent is always connected)
     * @param connected the agent is connected to this queue now
     */
    public DeskQueueRow(long id, String name, String number, boolean dynamic, boolean connected) {
        this.id = id;
        this.name = name;
        this.number = number;
        this.dynamic = dynamic;
        this.connected = connected;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNumber() {
        return number;
    }

    public boolean isDynamic() {
        return dynamic;
    }

    public boolean isConnected() {
        return connected;
    }

    public String getMembership() {
        return dynamic ? "dynamic" : "static (always connected)";
    }
}
