package org.parley.designfixture.webinternal.queue.internal;

/** An implementation class of a feature. */
public class QueueEngine {
}
