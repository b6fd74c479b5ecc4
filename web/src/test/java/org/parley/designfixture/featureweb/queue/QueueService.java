package org.parley.designfixture.featureweb.queue;

import org.parley.designfixture.featureweb.web.queue.QueuePage;

/** Breaks "no feature uses web": a service holding a page. */
public class QueueService {
    public QueuePage page;
}
