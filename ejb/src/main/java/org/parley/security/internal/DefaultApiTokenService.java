package org.parley.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.parley.platform.error.InputValidator;
import org.parley.security.ApiToken;
import org.parley.security.ApiTokenInput;
import org.parley.security.ApiTokenNotFoundException;
import org.parley.security.ApiTokenRepository;
import org.parley.security.ApiTokenService;
import org.parley.security.ApiTokenView;
import org.parley.security.Caller;
import org.parley.security.ConsoleUser;
import org.parley.security.ConsoleUserRepository;
import org.parley.security.NewApiToken;
import org.parley.security.TokenSecret;
import org.parley.security.UserNotFoundException;

/**
 * API tokens stored through {@link ApiTokenRepository}, found by the SHA-256 of their secret. A token found valid is
 * remembered ({@link ApiTokenCache}): later requests with it read no database, and go on signing in while the
 * database is away. A token's use is noted at most once a minute, in a transaction of its own
 * ({@link ApiTokenUse}), so that a busy client does not write on every request and a failed write fails nothing.
 */
@ApplicationScoped
@Transactional
public class DefaultApiTokenService implements ApiTokenService {

    private static final Logger LOG = Logger.getLogger(DefaultApiTokenService.class.getName());
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();

    @Inject
    ApiTokenRepository tokens;

    @Inject
    ConsoleUserRepository users;

    @Inject
    InputValidator validator;

    @Inject
    Clock clock;

    @Inject
    ApiTokenCache cache;

    @Inject
    ApiTokenUse use;

    @Inject
    DefaultUserAuthenticator authenticator;

    @Override
    public NewApiToken create(String owner, ApiTokenInput input) {
        validator.check(input);
        ConsoleUser user = users.find(owner).orElseThrow(() -> new UserNotFoundException(owner));
        TokenSecret secret = TokenSecret.generate(random);
        Instant now = clock.instant();
        ApiToken token = new ApiToken(user, input.getName(), secret, now, now.plus(Duration.ofDays(
                input.getValidDays())));
        tokens.add(token);
        LOG.info(() -> "API token " + token.id() + " (" + token.prefix() + "…, \"" + token.name() + "\") created for "
                + owner + ", valid until " + token.expiresAt());
        return new NewApiToken(ApiTokenView.of(token, now), secret.text());
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiTokenView> list(String owner) {
        ConsoleUser user = users.find(owner).orElseThrow(() -> new UserNotFoundException(owner));
        Instant now = clock.instant();
        return tokens.ownedBy(user).stream().map(t -> ApiTokenView.of(t, now)).toList();
    }

    @Override
    public ApiTokenView revoke(String owner, long id) {
        ApiToken token = tokens.find(id).filter(t -> t.owner().username().equals(owner))
                .orElseThrow(() -> new ApiTokenNotFoundException(id));
        Instant now = clock.instant();
        token.revoke(now);
        cache.forget(id);
        LOG.info(() -> "API token " + id + " (" + token.prefix() + "…) of " + owner + " revoked");
        return ApiTokenView.of(token, now);
    }

    @Override
    public Optional<Caller> authenticate(String secret) {
        if (!TokenSecret.looksLikeOne(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String sha256 = TokenSecret.sha256(secret);
        Optional<ApiTokenCache.Entry> cached = cache.find(sha256, now);
        if (cached.isPresent()) {
            ApiTokenCache.Entry e = cached.get();
            if (e.lastUseNoted().plus(LAST_USE_PRECISION).isBefore(now)) {
                cache.noted(sha256, now);
                noteUse(e.id(), now);
            }
            return authenticator.currentRoles(e.owner()).map(roles -> new Caller(e.owner(), roles));
        }
        Optional<ApiToken> found = tokens.findBySecretSha256(sha256).filter(t -> t.accepts(now));
        found.ifPresent(token -> {
            Instant noted = token.lastUsedAt().orElse(Instant.EPOCH);
            if (noted.plus(LAST_USE_PRECISION).isBefore(now)) {
                token.usedAt(now);
                noted = now;
            }
            cache.remember(sha256, new ApiTokenCache.Entry(token.id(), token.owner().username(), token.expiresAt(),
                    noted));
        });
        // the owner's roles through the authenticator's cache, so that later requests with the token read nothing
        return found.flatMap(token -> authenticator.currentRoles(token.owner().username())
                .map(roles -> new Caller(token.owner().username(), roles)));
    }

    private void noteUse(long id, Instant now) {
        try {
            use.note(id, now);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Last use of API token " + id + " not noted: " + e.getClass().getSimpleName());
        }
    }
}
