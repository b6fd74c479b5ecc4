package org.parley.tracing;

import org.parley.platform.error.NotFoundException;

/** A contact, company, case file, communication or activity that does not exist (or is not the caller's to see). */
public class TracingNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public TracingNotFoundException(String what, long id) {
        super("No " + what + " " + id);
    }
}
