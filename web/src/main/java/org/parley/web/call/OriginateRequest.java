package org.parley.web.call;

import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /api/calls}: ring extension {@code from}, then dial {@code to}. */
public class OriginateRequest {

    @NotBlank(message = "is required")
    private String from;

    @NotBlank(message = "is required")
    private String to;

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
