package org.parley.dialplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person gives to create or change an inbound route. The DID may be written as dialled (E.164, national,
 * with spaces); it is stored in E.164.
 */
public class InboundRouteInput {

    @NotBlank(message = "is required")
    @Size(max = 32, message = "must be at most 32 characters")
    private String did;

    @NotBlank(message = "is required")
    @Pattern(regexp = "[0-9]{2,10}", message = "must be 2 to 10 digits")
    private String extension;

    public InboundRouteInput() {
    }

    public InboundRouteInput(String did, String extension) {
        this.did = did;
        this.extension = extension;
    }

    public String getDid() {
        return did;
    }

    public void setDid(String did) {
        this.did = did;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension == null ? null : extension.strip();
    }
}
