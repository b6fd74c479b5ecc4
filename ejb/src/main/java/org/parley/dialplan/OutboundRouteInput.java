package org.parley.dialplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person gives to create or change an outbound route, with its validation rules. An absent number class means
 * {@code ANY}.
 */
public class OutboundRouteInput {

    @NotBlank(message = "is required")
    @Pattern(regexp = "[a-z0-9-]{1,32}", message = "must be 1 to 32 lower-case letters, digits or dashes")
    private String name;

    @NotNull(message = "is required")
    @Min(value = 0, message = "must be between 0 and 9999")
    @Max(value = OutboundRoute.MAX_PRIORITY, message = "must be between 0 and 9999")
    private Integer priority;

    @Pattern(regexp = "ANY|NATIONAL|INTERNATIONAL|EMERGENCY",
            message = "must be ANY, NATIONAL, INTERNATIONAL or EMERGENCY")
    private String numberClass;

    @Pattern(regexp = "\\+[0-9]{1,15}", message = "must be an E.164 prefix: + and 1 to 15 digits, such as +331")
    private String prefix;

    @NotBlank(message = "is required")
    private String trunk;

    public OutboundRouteInput() {
    }

    /** A copy of {@code other} named {@code name}. */
    public OutboundRouteInput(String name, OutboundRouteInput other) {
        this.name = name;
        this.priority = other.priority;
        this.numberClass = other.numberClass;
        this.prefix = other.prefix;
        this.trunk = other.trunk;
    }

    /** The rule this input describes; call after validation. */
    public OutboundRule rule() {
        return new OutboundRule(name, priority, numberClass(), Optional.ofNullable(prefix), trunk);
    }

    /** The class asked for, {@code ANY} when absent; call after validation. */
    public RouteClass numberClass() {
        return numberClass == null ? RouteClass.ANY : RouteClass.valueOf(numberClass);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public String getNumberClass() {
        return numberClass;
    }

    public void setNumberClass(String numberClass) {
        this.numberClass = numberClass == null || numberClass.isBlank() ? null
                : numberClass.strip().toUpperCase(Locale.ROOT);
    }

    public String getPrefix() {
        return prefix;
    }

    /** Spaces are not part of a prefix; a blank one means none. */
    public void setPrefix(String prefix) {
        this.prefix = prefix == null || prefix.isBlank() ? null : prefix.replaceAll("\\s", "");
    }

    public String getTrunk() {
        return trunk;
    }

    public void setTrunk(String trunk) {
        this.trunk = trunk == null ? null : trunk.strip();
    }
}
