package org.parley.call;

import java.time.Instant;
import java.util.List;

/**
 * The forwarding port of call control: where a call for an extension goes instead of, or after, ringing its devices.
 * Implemented by the forwarding feature from memory (the SIP path never waits on the database).
 */
public interface CallForwarding {

    /**
     * Where a call that reaches {@code extension} goes before anything rings: its unconditional and unavailable
     * forwards followed (a chain, loops and depth stopped), and the extra devices of the extension that rings.
     *
     * @param earlier the call's history so far (forwards and transfers already taken)
     */
    ForwardPlan beforeRinging(String extension, List<CallHop> earlier, Instant now);

    /**
     * What the busy, no-answer or unavailable rule of {@code extension} does once its devices have rung.
     *
     * @param outcome {@link Disposition#BUSY} (busy rule), {@link Disposition#NO_ANSWER} (no-answer rule), anything
     *                else: nothing could be reached (unavailable rule)
     * @param called  the party the call was placed to
     * @param earlier the call's history so far
     */
    ForwardStep afterRinging(String extension, Disposition outcome, Party called, List<CallHop> earlier,
            Instant now);
}
