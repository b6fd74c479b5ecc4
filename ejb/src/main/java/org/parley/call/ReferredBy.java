package org.parley.call;

import java.util.Objects;
import java.util.Optional;

/**
 * Who asked for the transfer that opens a leg (RFC 3892): the target's INVITE carries it as {@code Referred-By}.
 *
 * @param transferor the party handing the call on
 * @param header     the Referred-By value its REFER carried, passed on as it is; empty: the transferor's own address
 *                   is used (a REFER without one, or a transfer through the API)
 */
public record ReferredBy(Party transferor, Optional<String> header) {

    public ReferredBy {
        Objects.requireNonNull(transferor, "transferor");
        Objects.requireNonNull(header, "header");
    }
}
