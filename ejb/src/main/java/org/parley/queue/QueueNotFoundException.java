package org.parley.queue;

import org.parley.platform.error.NotFoundException;

/** No queue has this id. */
public class QueueNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public QueueNotFoundException(long id) {
        super("No queue " + id);
    }
}
