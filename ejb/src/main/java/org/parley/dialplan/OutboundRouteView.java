package org.parley.dialplan;

import java.time.Instant;

/**
 * An outbound route as shown to people and systems.
 *
 * @param rule      what it matches and where it sends calls
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record OutboundRouteView(OutboundRule rule, Instant createdAt, Instant updatedAt) {
}
