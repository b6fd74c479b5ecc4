package org.parley.call;

import java.util.Objects;
import java.util.Optional;

/**
 * A new call as the SIP adapter hands it to call control, once the caller is known (authenticated extension or
 * trusted trunk).
 *
 * @param leg         the caller's leg
 * @param caller      the calling party (an extension, or the number a trunk presents)
 * @param dialled     what was dialled (the Request-URI's user part)
 * @param offer       the caller's session offer, or none (late offer)
 * @param maxForwards the INVITE's Max-Forwards
 * @param fromTrunk   the trunk it came in on, for inbound calls
 */
public record IncomingCall(CallerLeg leg, Party caller, String dialled, SessionDescription offer, int maxForwards,
        Optional<String> fromTrunk) {

    public IncomingCall {
        Objects.requireNonNull(leg, "leg");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(dialled, "dialled");
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(fromTrunk, "fromTrunk");
    }
}
