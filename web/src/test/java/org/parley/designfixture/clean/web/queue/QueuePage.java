package org.parley.designfixture.clean.web.queue;

import org.parley.designfixture.clean.queue.QueueService;

/** A page that uses only the feature's service interface. */
public class QueuePage {
    public QueueService queues;
}
