package org.parley.forwarding;

/**
 * Event: the forwarding of an extension changed (fired inside the transaction; observe after success).
 *
 * @param rules the forwarding as stored
 */
public record ForwardingSaved(ForwardingRules rules) {
}
