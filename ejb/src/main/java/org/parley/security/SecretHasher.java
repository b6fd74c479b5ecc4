package org.parley.security;

/**
 * Hashes a secret a person types (a console password, a mailbox PIN) and checks one against its hash, so that no
 * feature stores a secret in clear.
 */
public interface SecretHasher {

    String hash(String secret);

    boolean verify(String secret, String hash);
}
