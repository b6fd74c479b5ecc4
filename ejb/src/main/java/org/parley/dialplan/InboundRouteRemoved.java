package org.parley.dialplan;

/**
 * Event: an inbound route was deleted (fired inside the transaction; observe after success).
 *
 * @param did the DID, E.164
 */
public record InboundRouteRemoved(String did) {
}
