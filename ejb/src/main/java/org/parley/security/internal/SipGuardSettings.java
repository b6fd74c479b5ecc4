package org.parley.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.security.SipGuardPolicy;
import org.parley.trunk.AddressBlock;

/** The SIP authentication guard's configuration (MicroProfile Config; each key also read from the environment). */
@ApplicationScoped
public class SipGuardSettings {

    /** Sources and extensions remembered at most, each. */
    static final int CAPACITY = 10_000;

    @Inject
    @ConfigProperty(name = "PARLEY_SIP_BAN_AFTER", defaultValue = "10")
    int banAfter;

    @Inject
    @ConfigProperty(name = "PARLEY_SIP_BAN_WINDOW_SECONDS", defaultValue = "300")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = "PARLEY_SIP_BAN_SECONDS", defaultValue = "600")
    long banSeconds;

    @Inject
    @ConfigProperty(name = "PARLEY_SIP_BAN_MAX_SECONDS", defaultValue = "86400")
    long maxBanSeconds;

    @Inject
    @ConfigProperty(name = "PARLEY_SIP_EXTENSION_SLOW_AFTER", defaultValue = "20")
    int slowAfter;

    @Inject
    @ConfigProperty(name = "PARLEY_SIP_EXTENSION_MAX_DELAY_SECONDS", defaultValue = "60")
    long maxDelaySeconds;

    @Inject
    @ConfigProperty(name = "PARLEY_SIP_BAN_IGNORE", defaultValue = "127.0.0.1,::1")
    String ignore;

    /**
     * Addresses and CIDR blocks never banned (fail2ban's {@code ignoreip}): by default the host itself, so that a
     * proxy in front of Parley on the same machine cannot be banned for its clients' failures.
     *
     * @throws IllegalArgumentException naming the entry that is neither an address nor a block
     */
    public List<AddressBlock> neverBanned() {
        return Arrays.stream(ignore.split(",")).map(String::trim).filter(e -> !e.isEmpty() && !"none".equals(e))
                .map(e -> AddressBlock.parse(e).orElseThrow(() -> new IllegalArgumentException(
                        "PARLEY_SIP_BAN_IGNORE: '" + e + "' is neither an IP address nor a CIDR block")))
                .toList();
    }

    /** @throws IllegalArgumentException naming the rule a setting breaks */
    public SipGuardPolicy policy() {
        return new SipGuardPolicy(banAfter, Duration.ofSeconds(windowSeconds), Duration.ofSeconds(banSeconds),
                Duration.ofSeconds(maxBanSeconds), slowAfter, Duration.ofSeconds(maxDelaySeconds));
    }
}
