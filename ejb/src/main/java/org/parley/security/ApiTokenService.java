package org.parley.security;

import java.util.List;
import java.util.Optional;

/** API tokens: a user creates them, lists and revokes their own; requests present them instead of a password. */
public interface ApiTokenService {

    /**
     * Creates a token for {@code owner}; the result carries the secret, which is not kept.
     *
     * @throws org.parley.platform.error.InvalidInputException for invalid input
     * @throws UserNotFoundException when there is no such user
     */
    NewApiToken create(String owner, ApiTokenInput input);

    /** The tokens of {@code owner}, newest first. */
    List<ApiTokenView> list(String owner);

    /**
     * Revokes one of {@code owner}'s tokens; it is refused from then on.
     *
     * @throws ApiTokenNotFoundException when {@code owner} has no token with this id
     */
    ApiTokenView revoke(String owner, long id);

    /** Who a presented secret stands for: empty when it is unknown, expired, revoked or its owner is disabled. */
    Optional<Caller> authenticate(String secret);
}
