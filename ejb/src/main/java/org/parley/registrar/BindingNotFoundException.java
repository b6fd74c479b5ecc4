package org.parley.registrar;

import org.parley.platform.error.NotFoundException;

/** The extension has no live binding with this contact. */
public class BindingNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public BindingNotFoundException(String extension, String contact) {
        super("Extension " + extension + " has no registration for " + contact);
    }
}
