package org.parley.sipconnector;

import java.util.Objects;

/**
 * Credentials the connector answers a 401/407 challenge with on Parley's behalf (a trunk's account at a carrier).
 *
 * @param username digest username
 * @param password digest password
 */
public record SipAuth(String username, String password) {

    public SipAuth {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "SipAuth[" + username + "]";
    }
}
