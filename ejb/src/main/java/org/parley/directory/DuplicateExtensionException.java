package org.parley.directory;

import org.parley.platform.error.ConflictException;

/** An extension with this number exists already. */
public class DuplicateExtensionException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public DuplicateExtensionException(String number) {
        super("number", "Extension " + number + " exists already");
    }
}
