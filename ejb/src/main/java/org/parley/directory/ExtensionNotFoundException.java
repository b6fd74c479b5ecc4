package org.parley.directory;

import org.parley.platform.error.NotFoundException;

/** No extension has this number. */
public class ExtensionNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public ExtensionNotFoundException(String number) {
        super("No extension " + number);
    }
}
