package org.parley.designfixture.cycle.queue;

import org.parley.designfixture.cycle.agent.AgentService;

/** Half of a cycle: queue uses agent. */
public class QueueService {
    public AgentService agents;
}
