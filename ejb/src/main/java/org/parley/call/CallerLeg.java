package org.parley.call;

import java.util.Objects;

/**
 * The caller's inbound leg: the connector's leg id and the INVITE transaction to answer on.
 *
 * @param legId          the leg
 * @param transactionKey the INVITE's server transaction
 */
public record CallerLeg(String legId, String transactionKey) {

    public CallerLeg {
        Objects.requireNonNull(legId, "legId");
        Objects.requireNonNull(transactionKey, "transactionKey");
    }
}
