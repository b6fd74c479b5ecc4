package org.parley.dialplan;

import org.parley.platform.error.NotFoundException;

/** No outbound route has this name. */
public class OutboundRouteNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public OutboundRouteNotFoundException(String name) {
        super("No outbound route " + name);
    }
}
