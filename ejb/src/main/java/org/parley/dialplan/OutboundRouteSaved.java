package org.parley.dialplan;

/**
 * Event: an outbound route was created or changed (fired inside the transaction; observe after success).
 *
 * @param rule the route as it now is
 */
public record OutboundRouteSaved(OutboundRule rule) {
}
