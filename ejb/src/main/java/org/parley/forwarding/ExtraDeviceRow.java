package org.parley.forwarding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored extra device ({@code forwarding_device}). */
@Embeddable
public class ExtraDeviceRow {

    @Column(name = "number", nullable = false, length = 32)
    private String number;

    @Column(name = "confirm_by_key", nullable = false)
    private boolean confirmByKey;

    protected ExtraDeviceRow() {
        // for JPA
    }

    ExtraDeviceRow(ExtraDevice device) {
        this.number = device.number();
        this.confirmByKey = device.confirmByKey();
    }

    ExtraDevice device() {
        return new ExtraDevice(number, confirmByKey);
    }
}
