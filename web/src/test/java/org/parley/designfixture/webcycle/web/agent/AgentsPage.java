package org.parley.designfixture.webcycle.web.agent;

import org.parley.designfixture.webcycle.web.queue.QueuesPage;

/** The other half: agent pages use queue pages. */
public class AgentsPage {
    public QueuesPage queues;
}
