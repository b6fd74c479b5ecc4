package org.parley.dialplan;

import org.parley.platform.error.NotFoundException;

/** No inbound route has this did. */
public class InboundRouteNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public InboundRouteNotFoundException(String did) {
        super("No inbound route for DID " + did);
    }
}
