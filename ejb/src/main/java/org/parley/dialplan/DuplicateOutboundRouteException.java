package org.parley.dialplan;

import org.parley.platform.error.ConflictException;

/** An outbound route with this name exists already. */
public class DuplicateOutboundRouteException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public DuplicateOutboundRouteException(String name) {
        super("name", "Outbound route " + name + " exists already");
    }
}
