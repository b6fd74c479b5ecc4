package org.parley.dialplan;

import java.time.Instant;

/**
 * An inbound route as shown to people and systems.
 *
 * @param did       the DID, E.164
 * @param extension the extension it rings
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record InboundRouteView(String did, String extension, Instant createdAt, Instant updatedAt) {
}
