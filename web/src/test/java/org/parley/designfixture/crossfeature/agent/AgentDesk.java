package org.parley.designfixture.crossfeature.agent;

import org.parley.designfixture.crossfeature.queue.internal.QueueEngine;

/** Breaks "no feature uses another feature's internal package": the agent feature reaching into queue's. */
public class AgentDesk {
    public QueueEngine queues;
}
