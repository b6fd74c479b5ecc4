package org.parley.trunk;

/**
 * Event: a trunk was created or changed (fired inside the transaction; observe after success).
 *
 * @param trunk the trunk as it now is, password in clear (stays inside the server)
 */
public record TrunkSaved(TrunkView trunk) {
}
