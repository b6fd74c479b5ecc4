package org.parley.security;

import java.util.List;
import java.util.Optional;

/** Stored API tokens. */
public interface ApiTokenRepository {

    void add(ApiToken token);

    Optional<ApiToken> find(long id);

    /** The token whose secret has this SHA-256. */
    Optional<ApiToken> findBySecretSha256(String sha256);

    /** The tokens of one user, newest first. */
    List<ApiToken> ownedBy(ConsoleUser owner);
}
