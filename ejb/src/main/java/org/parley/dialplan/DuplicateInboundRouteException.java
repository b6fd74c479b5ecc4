package org.parley.dialplan;

import org.parley.platform.error.ConflictException;

/** The DID has an inbound route already. */
public class DuplicateInboundRouteException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public DuplicateInboundRouteException(String did) {
        super("did", "DID " + did + " is routed already");
    }
}
