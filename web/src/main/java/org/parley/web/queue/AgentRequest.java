package org.parley.web.queue;

/** Body of {@code POST /api/queues/{id}/agents}: the dynamic agent to connect. */
public class AgentRequest {

    public String extension;
}
