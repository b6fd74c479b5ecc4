package org.parley.designfixture.crossfeature.queue.internal;

/** An implementation class of the queue feature. */
public class QueueEngine {
}
