package org.parley.security.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.security.ConsoleUser;
import org.parley.security.ConsoleUserChanged;
import org.parley.security.ConsoleUserRepository;
import org.parley.security.Role;
import org.parley.security.UserAuthenticator;

/**
 * Console users checked against their stored PBKDF2 hash. A successful check is remembered for an hour (as a salted
 * SHA-256 of the password, never the password), and the present roles of enabled users until they change, so that
 * HTTP Basic clients do not pay PBKDF2 on every request and a signed-in request needs no database read (nor fails
 * while the database is away); both are forgotten as soon as the user's password, roles or enabled state change
 * ({@link ConsoleUserChanged}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DefaultUserAuthenticator implements UserAuthenticator {

    private static final Duration REMEMBER = Duration.ofHours(1);
    private static final int MAX_REMEMBERED = 10_000;

    private record Remembered(byte[] passwordDigest, Set<Role> roles, Instant until) {
    }

    private final byte[] salt = newSalt();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    /** Present roles of enabled users (never an absent or disabled user: a new user fires no change). */
    private final Map<String, Set<Role>> roles = new ConcurrentHashMap<>();

    /** Hashed once so that an unknown user costs the same time as a wrong password. */
    private volatile String dummyHash;

    @Inject
    ConsoleUserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Override
    public Optional<Set<Role>> authenticate(String username, String password) {
        Instant now = clock.instant();
        byte[] digest = digest(password);
        Remembered r = remembered.get(username);
        if (r != null && now.isBefore(r.until()) && MessageDigest.isEqual(r.passwordDigest(), digest)) {
            return Optional.of(r.roles());
        }
        Optional<ConsoleUser> user = users.find(username);
        if (user.isEmpty()) {
            hasher.verify(password, dummyHash());
            return Optional.empty();
        }
        ConsoleUser u = user.get();
        if (!hasher.verify(password, u.passwordHash()) || !u.enabled()) {
            remembered.remove(username);
            return Optional.empty();
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(username, new Remembered(digest, u.roles(), now.plus(REMEMBER)));
        return Optional.of(u.roles());
    }

    @Override
    public Optional<Set<Role>> currentRoles(String username) {
        Set<Role> known = roles.get(username);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Set<Role>> found = users.find(username).filter(ConsoleUser::enabled).map(ConsoleUser::roles);
        found.ifPresent(r -> {
            if (roles.size() >= MAX_REMEMBERED) {
                roles.clear();
            }
            roles.put(username, Set.copyOf(r));
        });
        return found;
    }

    /** Forgets a remembered sign-in and roles, e.g. after the user's password or roles changed. */
    public void forget(String username) {
        remembered.remove(username);
        roles.remove(username);
    }

    void onUserChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConsoleUserChanged event) {
        forget(event.username());
    }

    private static byte[] newSalt() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private byte[] digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String dummyHash() {
        String h = dummyHash;
        if (h == null) {
            h = hasher.hash("parley-dummy-password");
            dummyHash = h;
        }
        return h;
    }
}
