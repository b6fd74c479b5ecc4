package org.parley.registrar.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.directory.DigestAlgorithm;
import org.parley.registrar.RegistrationPolicy;

/** The registrar's configuration (MicroProfile Config; each key also read from the environment). */
@ApplicationScoped
public class RegistrarSettings {

    @Inject
    @ConfigProperty(name = "PARLEY_REGISTRAR_MIN_EXPIRES", defaultValue = "60")
    int minExpires;

    @Inject
    @ConfigProperty(name = "PARLEY_REGISTRAR_MAX_EXPIRES", defaultValue = "3600")
    int maxExpires;

    @Inject
    @ConfigProperty(name = "PARLEY_REGISTRAR_DEFAULT_EXPIRES", defaultValue = "3600")
    int defaultExpires;

    @Inject
    @ConfigProperty(name = "PARLEY_REGISTRAR_MAX_CONTACTS", defaultValue = "10")
    int maxContacts;

    @Inject
    @ConfigProperty(name = "PARLEY_SIP_DIGEST_ALGORITHMS", defaultValue = "MD5")
    String digestAlgorithms;

    @Inject
    @ConfigProperty(name = "PARLEY_SIP_NONCE_TTL", defaultValue = "60")
    int nonceTtlSeconds;

    public RegistrationPolicy policy() {
        return new RegistrationPolicy(minExpires, maxExpires, Math.max(minExpires, Math.min(defaultExpires,
                maxExpires)), maxContacts);
    }

    /** Challenges offered, in order (RFC 8760: the preferred first). */
    public List<DigestAlgorithm> algorithms() {
        List<DigestAlgorithm> result = new ArrayList<>();
        for (String token : digestAlgorithms.split(",")) {
            if (token.isBlank()) {
                continue;
            }
            DigestAlgorithm a = DigestAlgorithm.fromToken(token.trim()).orElseThrow(() ->
                    new IllegalArgumentException("PARLEY_SIP_DIGEST_ALGORITHMS: unknown algorithm " + token.trim()
                            + " (use SHA-256, MD5)"));
            if (!result.contains(a)) {
                result.add(a);
            }
        }
        if (result.isEmpty()) {
            throw new IllegalArgumentException("PARLEY_SIP_DIGEST_ALGORITHMS names no algorithm");
        }
        return List.copyOf(result);
    }

    public Duration nonceTtl() {
        return Duration.ofSeconds(nonceTtlSeconds);
    }
}
