package org.parley.security;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A source was banned ({@code until} present) or its ban lifted: whoever drops SIP packets must know.
 *
 * @param address the source's IP address
 * @param until   the end of the ban; empty when it was lifted
 */
public record SipBanChanged(String address, Optional<Instant> until) {

    public SipBanChanged {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(until, "until");
    }
}
