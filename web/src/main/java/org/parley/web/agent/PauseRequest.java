package org.parley.web.agent;

/** Body of pause: why (optional, at most 100 characters). */
public class PauseRequest {

    public String reason;
}
