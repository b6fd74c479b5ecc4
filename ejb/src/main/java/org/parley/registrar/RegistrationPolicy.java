package org.parley.registrar;

/**
 * The registrar's limits on registration lifetimes (RFC 3261 §10.3 step 7) and contacts per extension.
 *
 * @param minExpires     shortest non-zero lifetime accepted, seconds; shorter ones get 423 Interval Too Brief
 * @param maxExpires     longest lifetime granted, seconds; longer requests are shortened to it
 * @param defaultExpires lifetime when neither the contact nor the request says, seconds
 * @param maxContacts    most bindings one extension may have at a time
 */
public record RegistrationPolicy(int minExpires, int maxExpires, int defaultExpires, int maxContacts) {

    public RegistrationPolicy {
        if (minExpires <= 0) {
            throw new IllegalArgumentException("minExpires must be positive: " + minExpires);
        }
        if (defaultExpires < minExpires || defaultExpires > maxExpires) {
            throw new IllegalArgumentException("need minExpires <= defaultExpires <= maxExpires, got "
                    + minExpires + " <= " + defaultExpires + " <= " + maxExpires);
        }
        if (maxContacts < 1) {
            throw new IllegalArgumentException("maxContacts must be at least 1: " + maxContacts);
        }
    }
}
