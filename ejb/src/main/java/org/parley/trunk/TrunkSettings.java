package org.parley.trunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How Parley reaches a carrier and recognises it, everything but the name and the password: checked as a whole, so a
 * trunk never holds an impossible combination.
 *
 * @param host            the carrier's SIP proxy: host name or IP literal (IPv6 without brackets)
 * @param port            its port, 1–65535
 * @param transport       {@code UDP} or {@code TCP}
 * @param username        account at the carrier, for its digest challenges and the outbound registration
 * @param callerIdNumber  E.164 number presented on outgoing calls, when the carrier wants a fixed one
 * @param register        whether Parley keeps a registration at the carrier
 * @param registerExpires seconds asked for that registration, 60–86400
 * @param allowedSources  addresses or CIDR blocks the carrier's requests come from (besides the host when it is an
 *                        IP literal)
 * @param enabled         whether calls use and accept this trunk
 */
public record TrunkSettings(String host, int port, String transport, Optional<String> username,
        Optional<String> callerIdNumber, boolean register, int registerExpires, List<String> allowedSources,
        boolean enabled) {

    public static final int DEFAULT_PORT = 5060;
    public static final int DEFAULT_REGISTER_EXPIRES = 600;
    public static final int MIN_REGISTER_EXPIRES = 60;
    public static final int MAX_REGISTER_EXPIRES = 86_400;
    public static final int MAX_ALLOWED_SOURCES = 32;
    public static final Set<String> TRANSPORTS = Set.of("UDP", "TCP");
    /** E.164: a plus, a country code not starting with 0, at most 15 digits in all. */
    public static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    /** A digest username: no spaces, no colon (it is followed by one in H(A1)). */
    public static final Pattern USERNAME = Pattern.compile("[^\\s:]{1,64}");

    public TrunkSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(callerIdNumber, "callerIdNumber");
        Objects.requireNonNull(allowedSources, "allowedSources");
        if (!HostNames.isValid(host)) {
            throw new IllegalArgumentException("not a host name or IP address: " + host);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (!TRANSPORTS.contains(transport)) {
            throw new IllegalArgumentException("transport must be UDP or TCP: " + transport);
        }
        username.ifPresent(u -> {
            if (!USERNAME.matcher(u).matches()) {
                throw new IllegalArgumentException("username must be 1 to 64 characters without spaces or colons");
            }
        });
        callerIdNumber.ifPresent(n -> {
            if (!E164.matcher(n).matches()) {
                throw new IllegalArgumentException("caller-ID number must be E.164: " + n);
            }
        });
        if (registerExpires < MIN_REGISTER_EXPIRES || registerExpires > MAX_REGISTER_EXPIRES) {
            throw new IllegalArgumentException("registerExpires out of range: " + registerExpires);
        }
        if (register && username.isEmpty()) {
            throw new IllegalArgumentException("registering at the carrier needs a username");
        }
        if (allowedSources.size() > MAX_ALLOWED_SOURCES) {
            throw new IllegalArgumentException("at most " + MAX_ALLOWED_SOURCES + " allowed sources");
        }
        allowedSources = allowedSources.stream().map(String::strip).toList();
        for (String source : allowedSources) {
            if (AddressBlock.parse(source).isEmpty()) {
                throw new IllegalArgumentException("not an IP address or CIDR block: " + source);
            }
        }
    }

    /** The blocks requests from this trunk may come from: the allowed sources, and the host if it is an IP literal. */
    public List<AddressBlock> sourceBlocks() {
        List<AddressBlock> blocks = new ArrayList<>();
        AddressBlock.parse(host).ifPresent(blocks::add);
        allowedSources.forEach(s -> blocks.add(AddressBlock.parse(s).orElseThrow()));
        return List.copyOf(blocks);
    }
}
