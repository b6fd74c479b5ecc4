package org.parley.designfixture.clean.queue.internal;

import org.parley.designfixture.clean.queue.QueueService;
import org.parley.designfixture.clean.queue.jpa.QueueRow;

/** The queue feature's implementation, using its own repository and entity. */
public class QueueEngine implements QueueService {
    public QueueRow row;

    @Override
    public String name() {
        return row.toString();
    }
}
