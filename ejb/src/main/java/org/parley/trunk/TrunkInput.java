package org.parley.trunk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.platform.error.FieldError;

/**
 * What a person gives to create or change a trunk, with its validation rules: the same for the REST API and the
 * console. Absent optional values take their defaults (port 5060, UDP, no registration, expiry 600 s, enabled); on a
 * change an absent password keeps the stored one. The password is write-only: nothing ever returns it.
 */
public class TrunkInput {

    @NotBlank(message = "is required")
    @Pattern(regexp = "[a-z0-9-]{1,32}", message = "must be 1 to 32 lower-case letters, digits or dashes")
    private String name;

    @NotBlank(message = "is required")
    @Size(max = 253, message = "must be at most 253 characters")
    @SipHost
    private String host;

    @Min(value = 1, message = "must be between 1 and 65535")
    @Max(value = 65535, message = "must be between 1 and 65535")
    private Integer port;

    @Pattern(regexp = "UDP|TCP", message = "must be UDP or TCP")
    private String transport;

    @Pattern(regexp = "[^\\s:]{1,64}", message = "must be 1 to 64 characters without spaces or colons")
    private String username;

    @Size(min = 1, max = 128, message = "must be 1 to 128 characters")
    private String password;

    @Pattern(regexp = "\\+[1-9][0-9]{1,14}", message = "must be an E.164 number such as +33123456789")
    private String callerIdNumber;

    private Boolean register;

    @Min(value = TrunkSettings.MIN_REGISTER_EXPIRES, message = "must be between 60 and 86400 seconds")
    @Max(value = TrunkSettings.MAX_REGISTER_EXPIRES, message = "must be between 60 and 86400 seconds")
    private Integer registerExpires;

    @Size(max = TrunkSettings.MAX_ALLOWED_SOURCES, message = "must have at most 32 entries")
    @AddressBlocks
    private List<String> allowedSources;

    private Boolean enabled;

    public TrunkInput() {
    }

    /** A copy of {@code other} named {@code name}. */
    public TrunkInput(String name, TrunkInput other) {
        this.name = name;
        this.host = other.host;
        this.port = other.port;
        this.transport = other.transport;
        this.username = other.username;
        this.password = other.password;
        this.callerIdNumber = other.callerIdNumber;
        this.register = other.register;
        this.registerExpires = other.registerExpires;
        this.allowedSources = other.allowedSources;
        this.enabled = other.enabled;
    }

    /**
     * The rules between fields that Bean Validation does not express: a password needs a username, and registering
     * at the carrier needs both.
     *
     * @param passwordStored whether the trunk being changed has a stored password (kept when none is given)
     */
    public List<FieldError> credentialErrors(boolean passwordStored) {
        List<FieldError> errors = new ArrayList<>();
        if (password != null && username == null) {
            errors.add(new FieldError("password", "needs a username"));
        }
        if (Boolean.TRUE.equals(register)) {
            if (username == null) {
                errors.add(new FieldError("username", "is required to register at the carrier"));
            } else if (password == null && !passwordStored) {
                errors.add(new FieldError("password", "is required to register at the carrier"));
            }
        }
        return errors;
    }

    /** The settings this input describes, defaults filled in; call after validation. */
    public TrunkSettings settings() {
        return new TrunkSettings(host.strip(), port == null ? TrunkSettings.DEFAULT_PORT : port,
                transport == null ? "UDP" : transport, Optional.ofNullable(username),
                Optional.ofNullable(callerIdNumber), Boolean.TRUE.equals(register),
                registerExpires == null ? TrunkSettings.DEFAULT_REGISTER_EXPIRES : registerExpires,
                allowedSources == null ? List.of() : allowedSources, !Boolean.FALSE.equals(enabled));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getHost() {
        return host;
    }

    /** IPv6 literals may be written in brackets; they are stored without. */
    public void setHost(String host) {
        String h = host == null ? null : host.strip();
        if (h != null && h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        this.host = h;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        this.port = port;
    }

    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport == null ? null : transport.strip().toUpperCase(Locale.ROOT);
    }

    public String getUsername() {
        return username;
    }

    /** A blank username means none. */
    public void setUsername(String username) {
        this.username = username == null || username.isBlank() ? null : username.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCallerIdNumber() {
        return callerIdNumber;
    }

    /** Spaces are not part of a number; a blank one means none. */
    public void setCallerIdNumber(String callerIdNumber) {
        this.callerIdNumber = callerIdNumber == null || callerIdNumber.isBlank() ? null
                : callerIdNumber.replaceAll("\\s", "");
    }

    public Boolean getRegister() {
        return register;
    }

    public void setRegister(Boolean register) {
        this.register = register;
    }

    public Integer getRegisterExpires() {
        return registerExpires;
    }

    public void setRegisterExpires(Integer registerExpires) {
        this.registerExpires = registerExpires;
    }

    public List<String> getAllowedSources() {
        return allowedSources;
    }

    public void setAllowedSources(List<String> allowedSources) {
        this.allowedSources = allowedSources == null ? null : new ArrayList<>(allowedSources);
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }
}
