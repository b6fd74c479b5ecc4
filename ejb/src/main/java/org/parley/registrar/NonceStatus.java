package org.parley.registrar;

/** What {@link Nonces#check(String)} found out about a nonce a client sent back. */
public enum NonceStatus {
    /** Issued by this server with this key, and younger than the time to live. */
    VALID,
    /** Issued by this server, but older than the time to live: challenge again with {@code stale=true}. */
    STALE,
    /** Not issued by this server (other key, tampered, truncated) or not a nonce at all. */
    INVALID
}
