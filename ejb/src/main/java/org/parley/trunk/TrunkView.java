package org.parley.trunk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A trunk as call control and the SIP adapter use it, read from memory. It carries the decrypted password, so it
 * stays inside the server: never serialise it to a client ({@link #toString()} hides the password).
 *
 * @param name            the trunk's name
 * @param host            the carrier's SIP proxy (host name or IP literal, IPv6 without brackets)
 * @param port            its port
 * @param transport       {@code UDP} or {@code TCP}
 * @param username        account at the carrier
 * @param password        the account's password, in clear
 * @param callerIdNumber  E.164 number to present on outgoing calls
 * @param register        whether Parley registers at the carrier
 * @param registerExpires seconds asked for that registration
 * @param allowedSources  addresses or CIDR blocks the carrier's requests may come from (the host, when an IP
 *                        literal, is allowed too)
 * @param enabled         whether calls use and accept this trunk
 */
public record TrunkView(String name, String host, int port, String transport, Optional<String> username,
        Optional<String> password, Optional<String> callerIdNumber, boolean register, int registerExpires,
        List<String> allowedSources, boolean enabled) {

    public TrunkView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(callerIdNumber, "callerIdNumber");
        allowedSources = List.copyOf(allowedSources);
    }

    /** The view of a trunk with these settings and password. */
    public static TrunkView of(String name, TrunkSettings s, Optional<String> password) {
        return new TrunkView(name, s.host(), s.port(), s.transport(), s.username(), password, s.callerIdNumber(),
                s.register(), s.registerExpires(), s.allowedSources(), s.enabled());
    }

    /** Whether Parley should keep a registration at the carrier now. */
    public boolean registers() {
        return enabled && register && username.isPresent() && password.isPresent();
    }

    /** The host as written in a SIP URI: IPv6 literals in brackets. */
    public String uriHost() {
        return host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    }

    @Override
    public String toString() {
        return "TrunkView[name=" + name + ", host=" + host + ", port=" + port + ", transport=" + transport
                + ", username=" + username.orElse("-") + ", password=" + (password.isPresent() ? "<hidden>" : "-")
                + ", callerIdNumber=" + callerIdNumber.orElse("-") + ", register=" + register + ", registerExpires="
                + registerExpires + ", allowedSources=" + allowedSources + ", enabled=" + enabled + "]";
    }
}
