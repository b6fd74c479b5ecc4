package org.parley.web.directory;

import java.io.Serializable;
import java.util.List;
import org.parley.web.console.ConsoleTime;

/** An extension as a row of the console's table. Getters for EL. */
public final class ExtensionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String number;
    private final String displayName;
    private final List<String> outboundClass;
    private final int devices;
    private final String updated;

    ExtensionRow(ExtensionDto dto) {
        this.number = dto.number;
        this.displayName = dto.displayName;
        this.outboundClass = List.copyOf(dto.outboundClass);
        this.devices = dto.devices.size();
        this.updated = ConsoleTime.format(dto.updatedAt);
    }

    public String getNumber() {
        return number;
    }

    /** The kinds of numbers it may call directly, as {@code NumberKind} names. */
    public List<String> getOutboundClass() {
        return outboundClass;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** Registered devices (SIP contacts). */
    public int getDevices() {
        return devices;
    }

    public String getUpdated() {
        return updated;
    }
}
