package org.parley.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parley's SIP domain ({@code PARLEY_DOMAIN}, default: this machine's host name): the digest realm of every
 * challenge and of the stored password hashes, and the host part of extensions' addresses.
 */
@ApplicationScoped
public class SipDomain {

    private final String name;

    @Inject
    public SipDomain(@ConfigProperty(name = "PARLEY_DOMAIN") Optional<String> configured) {
        this.name = configured.filter(v -> !v.isBlank()).map(v -> v.trim().toLowerCase(Locale.ROOT))
                .orElseGet(SipDomain::hostName);
    }

    /** For CDI proxies only. */
    protected SipDomain() {
        this.name = null;
    }

    public String name() {
        return name;
    }

    /** The digest realm: the domain. */
    public String realm() {
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
