package org.parley.trunk;

/**
 * Event: a trunk was deleted (fired inside the transaction; observe after success).
 *
 * @param name the trunk's name
 */
public record TrunkRemoved(String name) {
}
