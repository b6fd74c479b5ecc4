package org.parley.designfixture.clean.queue;

/** The queue feature's service interface. */
public interface QueueService {
    String name();
}
