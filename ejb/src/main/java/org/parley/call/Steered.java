package org.parley.call;

import java.time.Instant;
import java.util.List;

/**
 * What a steerer (a queue, a forwarding rule) may stop or give up: the rounds of a steered call, or the targets of a
 * transfer into a steerer. {@link Call} chooses which one applies once, for both decisions.
 */
interface Steered {

    /** What rings is stopped (a ring time passed): cancelled, and the steerer hears of it. */
    List<CallAction> stopped(Disposition outcome, int status, Instant now);

    /** The steerer gives up (no agent, maximum wait): the caller is told, or the transfer fails with {@code status}. */
    List<CallAction> givenUp(int status, Instant now);
}
