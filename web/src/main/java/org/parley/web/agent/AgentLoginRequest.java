package org.parley.web.agent;

import java.util.List;

/** Body of login / logout: the queues (ids); none or absent means every queue the agent is a dynamic agent of. */
public class AgentLoginRequest {

    public List<Long> queues;
}
