package org.parley.tracing;

import java.util.Optional;

/**
 * A sender or recipient as shown: what it is, its id (contact, company), user name or number, and a name to show.
 *
 * @param kind {@code contact}, {@code company}, {@code user} or {@code number}
 */
public record PartyView(String kind, Optional<Long> id, Optional<String> user, Optional<String> number, String name) {
}
