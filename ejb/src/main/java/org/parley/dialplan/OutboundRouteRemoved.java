package org.parley.dialplan;

/**
 * Event: an outbound route was deleted (fired inside the transaction; observe after success).
 *
 * @param name the route's name
 */
public record OutboundRouteRemoved(String name) {
}
