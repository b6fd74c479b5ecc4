package org.parley.trunk;

import org.parley.platform.error.ConflictException;

/** A trunk with this name exists already. */
public class DuplicateTrunkException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public DuplicateTrunkException(String name) {
        super("name", "Trunk " + name + " exists already");
    }
}
