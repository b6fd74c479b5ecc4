package org.parley.designfixture.webcycle.web.queue;

import org.parley.designfixture.webcycle.web.agent.AgentsPage;

/** Half of a cycle in web: queue pages use agent pages. */
public class QueuesPage {
    public AgentsPage agents;
}
