package org.parley.designfixture.cycle.agent;

import org.parley.designfixture.cycle.queue.QueueService;

/** The other half: agent uses queue. */
public class AgentService {
    public QueueService queues;
}
