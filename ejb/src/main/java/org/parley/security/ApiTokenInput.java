package org.parley.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user gives to create an API token: a name to recognise it by and how many days it stays valid. */
public class ApiTokenInput {

    public static final int MAX_DAYS = 365;

    @NotBlank(message = "is required")
    @Size(max = ApiToken.MAX_NAME_LENGTH, message = "must be at most " + ApiToken.MAX_NAME_LENGTH + " characters")
    private String name;

    @NotNull(message = "is required")
    @Min(value = 1, message = "must be 1 to " + MAX_DAYS + " days")
    @Max(value = MAX_DAYS, message = "must be 1 to " + MAX_DAYS + " days")
    private Integer validDays;

    public ApiTokenInput() {
    }

    public ApiTokenInput(String name, Integer validDays) {
        setName(name);
        this.validDays = validDays;
    }

    public String getName() {
        return name;
    }

    /** Surrounding spaces are not part of a name. */
    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public Integer getValidDays() {
        return validDays;
    }

    public void setValidDays(Integer validDays) {
        this.validDays = validDays;
    }
}
