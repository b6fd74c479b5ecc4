package org.parley.dialplan;

/**
 * Event: an inbound route was created or changed (fired inside the transaction; observe after success).
 *
 * @param did       the DID, E.164
 * @param extension the extension it rings
 */
public record InboundRouteSaved(String did, String extension) {
}
