package org.parley.designfixture.webinternal.web.queue;

import org.parley.designfixture.webinternal.queue.internal.QueueEngine;

/** Breaks "web uses no internal package": a page holding a feature's implementation. */
public class QueuePage {
    public QueueEngine engine;
}
