package org.parley.call;

import java.util.Optional;

/**
 * Finds the steerer of a dialled number (a queue's extension); features that steer calls provide one as a CDI bean.
 * Call routing asks every locator before the dialplan.
 */
public interface CallSteererLocator {

    /**
     * The steerer for this number, and the party a call to it is presented as (the queue's name and extension).
     */
    Optional<Steering> forNumber(String dialled);

    /**
     * @param steerer who steers
     * @param callee  the party called (shown in records and events)
     */
    record Steering(CallSteerer steerer, Party callee) {
    }
}
