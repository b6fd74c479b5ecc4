package org.parley.security;

import java.util.Optional;

/**
 * Slows down and then refuses repeated failed sign-ins, per user name and per client address, for every way of
 * signing in (console form, HTTP Basic, API tokens). Asked before credentials are checked; told the result after.
 */
public interface LoginThrottle {

    /**
     * Whether the credentials of an attempt may be checked now.
     *
     * @param username the user name given, when the credential names one (an API token does not)
     * @param address  the client address
     * @return a refusal when the attempt comes too early or a lockout is on; empty to go ahead
     */
    Optional<ThrottleRefusal> check(Optional<String> username, String address);

    /** The credentials of an attempt were wrong. */
    void failed(Optional<String> username, String address);

    /** A user signed in: their failures are forgotten (not those of the address). */
    void succeeded(String username, String address);
}
