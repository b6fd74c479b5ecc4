package org.parley.tracing;

import org.parley.platform.error.ConflictException;

/** Another case file has this reference. */
public class DuplicateCaseReferenceException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public DuplicateCaseReferenceException(String reference) {
        super("reference", "A case file with reference " + reference + " exists");
    }
}
