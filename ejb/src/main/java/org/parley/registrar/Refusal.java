package org.parley.registrar;

/**
 * Why a REGISTER is refused. The SIP adapter maps each to a status code; the domain only names the reason.
 */
public enum Refusal {

    /** Bad or unknown credentials. Deliberately the same for an unknown user and a wrong password. */
    FORBIDDEN("Invalid credentials"),
    /** The digest username is not the extension whose bindings the request changes. */
    USERNAME_MISMATCH("Authentication username does not match the registered address"),
    /** The To header names a domain this server is not responsible for (RFC 3261 §10.3 step 1). */
    DOMAIN_NOT_SERVED("Domain not served here"),
    /** {@code Contact: *} without {@code Expires: 0} or together with other contacts (RFC 3261 §10.3 step 6). */
    INVALID_WILDCARD("Contact * needs Expires: 0 and no other contact"),
    /** Same Call-ID with a CSeq not higher than the stored binding's (RFC 3261 §10.3 steps 6 and 7). */
    OUT_OF_ORDER("Request is older than the registration it would change"),
    /** More bindings than an extension may have. */
    TOO_MANY_CONTACTS("Too many contacts for this extension"),
    /** A malformed request or Authorization header. */
    BAD_REQUEST("Malformed request");

    private final String reason;

    Refusal(String reason) {
        this.reason = reason;
    }

    /** Whether the request failed to prove a password (what the SIP guard counts). */
    public boolean isAuthenticationFailure() {
        return this == FORBIDDEN || this == USERNAME_MISMATCH;
    }

    /** A short human text, fit for a SIP reason phrase. */
    public String reason() {
        return reason;
    }
}
