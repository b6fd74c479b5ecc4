package org.parley.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.List;

/**
 * What a person gives to create or change an extension, with its validation rules: the same for the REST API and
 * the console. The SIP password is required on creation ({@link OnCreate}) and optional on change (kept when absent).
 */
public class ExtensionInput {

    /** Validation group of rules that apply only when creating. */
    public interface OnCreate extends Default {
    }

    @NotBlank(message = "is required")
    @Pattern(regexp = "[0-9]{2,10}", message = "must be 2 to 10 digits")
    private String number;

    @NotBlank(message = "is required")
    @Size(max = 100, message = "must be at most 100 characters")
    private String displayName;

    @NotNull(groups = OnCreate.class, message = "is required")
    @Size(min = 8, max = 128, message = "must be 8 to 128 characters")
    private String sipPassword;

    @Min(value = Extension.MIN_RING_SECONDS, message = "must be at least 5 seconds")
    @Max(value = Extension.MAX_RING_SECONDS, message = "must be at most 300 seconds")
    private Integer ringSeconds;

    private List<String> outboundClass;

    public ExtensionInput() {
    }

    public ExtensionInput(String number, String displayName, String sipPassword) {
        this.number = number;
        setDisplayName(displayName);
        this.sipPassword = sipPassword;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** Surrounding spaces are not part of a display name. */
    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    /** Seconds calls ring before giving up; absent keeps the current value (30 for a new extension). */
    public Integer getRingSeconds() {
        return ringSeconds;
    }

    public void setRingSeconds(Integer ringSeconds) {
        this.ringSeconds = ringSeconds;
    }

    /**
     * The kinds of numbers it may call directly ({@code INTERNAL, NATIONAL, MOBILE, PREMIUM_RATE, INTERNATIONAL});
     * absent keeps the current class (no international, no premium-rate for a new extension).
     */
    public List<String> getOutboundClass() {
        return outboundClass;
    }

    public void setOutboundClass(List<String> outboundClass) {
        this.outboundClass = outboundClass;
    }

    public String getSipPassword() {
        return sipPassword;
    }

    public void setSipPassword(String sipPassword) {
        this.sipPassword = sipPassword;
    }
}
