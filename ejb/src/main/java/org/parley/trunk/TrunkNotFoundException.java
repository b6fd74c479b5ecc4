package org.parley.trunk;

import org.parley.platform.error.NotFoundException;

/** No trunk has this name. */
public class TrunkNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public TrunkNotFoundException(String name) {
        super("No trunk " + name);
    }
}
