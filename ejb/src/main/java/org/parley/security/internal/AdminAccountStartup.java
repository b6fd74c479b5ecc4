package org.parley.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.security.ConsoleUser;
import org.parley.security.AdminPasswordNotice;
import org.parley.security.ConsoleUserRepository;
import org.parley.security.Role;

/**
 * Makes sure the built-in {@code admin} user exists. Its password is {@code PARLEY_ADMIN_PASSWORD} when set (applied
 * at every start, so changing the variable changes the password); otherwise a random one generated at first start
 * and shown once, in the start-up banner ({@link AdminPasswordNotice}).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class AdminAccountStartup {

    public static final String ADMIN = "admin";

    private static final Logger LOG = Logger.getLogger(AdminAccountStartup.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @Inject
    ConsoleUserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    AdminPasswordNotice notice;

    @Inject
    @ConfigProperty(name = "PARLEY_ADMIN_PASSWORD")
    Optional<String> configuredPassword;

    @PostConstruct
    void ensureAdmin() {
        Optional<String> password = configuredPassword.filter(p -> !p.isEmpty());
        Optional<ConsoleUser> admin = users.find(ADMIN);
        password.ifPresent(p -> notice.fromEnvironment());
        if (admin.isPresent()) {
            password.filter(p -> !hasher.verify(p, admin.get().passwordHash())).ifPresent(p -> {
                admin.get().changePasswordHash(hasher.hash(p));
                LOG.info("Password of console user admin set from PARLEY_ADMIN_PASSWORD");
            });
            return;
        }
        String chosen = password.orElseGet(AdminAccountStartup::generate);
        users.add(new ConsoleUser(ADMIN, hasher.hash(chosen), EnumSet.of(Role.ADMIN), clock.instant()));
        if (password.isPresent()) {
            LOG.info("Console user admin created with the password from PARLEY_ADMIN_PASSWORD");
        } else {
            // shown once, in the start-up banner
            notice.generated(chosen);
            LOG.info("Console user admin created with a generated password (in the banner at the end of the start)");
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
