package org.parley.web.call;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Body of {@code POST /api/calls/{id}/transfer}: hand the call on to {@code target}. */
public class TransferBody {

    @NotBlank(message = "is required")
    private String target;

    @NotBlank(message = "is required")
    @Pattern(regexp = "blind|attended", message = "must be blind or attended")
    private String mode;

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }
}
