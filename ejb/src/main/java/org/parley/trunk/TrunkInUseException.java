package org.parley.trunk;

import org.parley.platform.error.ConflictException;

/** A trunk cannot be deleted while outbound routes send calls to it. */
public class TrunkInUseException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public TrunkInUseException(String name) {
        super("name", "Trunk " + name + " is used by outbound routes; change or delete them first");
    }
}
