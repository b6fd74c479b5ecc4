package org.parley.security.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.parley.security.SecretHasher;

/** PBKDF2 password hashes (Jakarta Security's {@link Pbkdf2PasswordHash}, SHA-256, 210,000 iterations). */
@ApplicationScoped
public class PasswordHasher implements SecretHasher {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    @Override
    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    @Override
    public boolean verify(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }
}
