package org.parley.dialplan;

import java.util.Optional;

/** Routing decisions, read from memory (the SIP path never waits on the database). */
public interface Dialplan {

    /**
     * Where a number dialled by an extension goes: an extension, or the trunk of the first outbound route (by
     * priority, then name) that matches its class and prefix and whose trunk is enabled.
     */
    Route route(String dialed);

    /**
     * The extension a call from a trunk to this DID rings.
     *
     * @param dialedDid the Request-URI user part as the carrier sent it: E.164, with or without {@code +}, or national
     * @return empty when no inbound route has that DID or its extension no longer exists
     */
    Optional<String> inboundExtension(String dialedDid);
}
