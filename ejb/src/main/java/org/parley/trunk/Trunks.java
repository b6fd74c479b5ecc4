package org.parley.trunk;

import java.util.List;
import java.util.Optional;

/** The configured trunks, read from memory (the SIP path never waits on the database). */
public interface Trunks {

    /** The trunk of this name, enabled or not. */
    Optional<TrunkView> byName(String name);

    /**
     * The enabled trunk whose allowed sources (or IP-literal host) contain {@code ipAddress}; the most specific block
     * wins, then the first name. Empty for an address that is not an IP literal.
     *
     * @param ipAddress an IPv4 or IPv6 literal (brackets allowed), as a request's source address
     */
    Optional<TrunkView> bySource(String ipAddress);

    /** Every trunk, ordered by name. */
    List<TrunkView> all();
}
