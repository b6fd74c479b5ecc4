package org.parley.forwarding;

import java.util.Objects;

/**
 * An outside phone added to an extension as a device: it rings at the same time as the extension's SIP phones, and
 * the first to answer takes the call.
 *
 * @param number       the phone's number in E.164
 * @param confirmByKey "press 1 to accept": what it rings is answered by Parley and connected only on the key 1
 */
public record ExtraDevice(String number, boolean confirmByKey) {

    public ExtraDevice {
        Objects.requireNonNull(number, "number");
    }
}
