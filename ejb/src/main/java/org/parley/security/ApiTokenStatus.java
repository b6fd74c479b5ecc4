package org.parley.security;

/** Whether an API token is accepted, derived from its dates. */
public enum ApiTokenStatus {
    /** Accepted (as long as its owner is enabled). */
    ACTIVE,
    /** Its expiry has passed. */
    EXPIRED,
    /** Its owner revoked it. */
    REVOKED
}
