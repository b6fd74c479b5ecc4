package org.parley.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens found valid, by the SHA-256 of their secret, so that a request with a known token needs no database read
 * (the owner's present roles come from {@link DefaultUserAuthenticator}'s cache). A revoked token is forgotten at
 * once; an expired one when next presented. At most {@link #CAPACITY} tokens are kept.
 */
@ApplicationScoped
public class ApiTokenCache {

    static final int CAPACITY = 10_000;

    /**
     * A token found valid.
     *
     * @param id            the token
     * @param owner         the user it acts as
     * @param expiresAt     when it stops being accepted
     * @param lastUseNoted  when its use was last written (or found written)
     */
    record Entry(long id, String owner, Instant expiresAt, Instant lastUseNoted) {
    }

    private final Map<String, Entry> bySha256 = new ConcurrentHashMap<>();

    Optional<Entry> find(String sha256, Instant now) {
        Entry e = bySha256.get(sha256);
        if (e != null && !now.isBefore(e.expiresAt())) {
            bySha256.remove(sha256, e);
            return Optional.empty();
        }
        return Optional.ofNullable(e);
    }

    void remember(String sha256, Entry entry) {
        if (bySha256.size() >= CAPACITY) {
            bySha256.clear();
        }
        bySha256.put(sha256, entry);
    }

    void noted(String sha256, Instant at) {
        bySha256.computeIfPresent(sha256, (k, e) -> new Entry(e.id(), e.owner(), e.expiresAt(), at));
    }

    /** Forgets a token, e.g. once revoked. */
    void forget(long id) {
        bySha256.values().removeIf(e -> e.id() == id);
    }
}
