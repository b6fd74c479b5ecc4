package org.parley.queue;

import org.parley.platform.error.ConflictException;

/** Another queue has this name or extension already. */
public class DuplicateQueueException extends ConflictException {

    private static final long serialVersionUID = 1L;

    public DuplicateQueueException(String field, String value) {
        super(field, "A queue with " + field + " " + value + " exists already");
    }
}
