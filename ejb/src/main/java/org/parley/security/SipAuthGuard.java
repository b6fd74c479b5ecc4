package org.parley.security;

import java.util.List;

/**
 * The SIP authentication guard (fail2ban and Kamailio's pike inside Parley): counts failed digest authentications
 * per source address and per extension, bans a source that fails too often (its requests are then dropped by the
 * SIP connector), and slows down the challenges of an extension many sources guess at, except for sources that
 * authenticated as it before.
 */
public interface SipAuthGuard {

    /**
     * Whether a request from {@code source} naming {@code extension} is to be answered; false means drop it unanswered
     * (the extension is under attack and this source never authenticated as it, and its turn has not come).
     */
    boolean admits(String source, String extension);

    /** A request from {@code source} failed authentication as {@code extension} (a wrong password, an unknown user). */
    void failed(String source, String extension, String method);

    /** A request from {@code source} authenticated as {@code extension}: that source is trusted for it from now on. */
    void succeeded(String source, String extension);

    /** The bans in force, earliest end first. */
    List<SipBan> bans();

    /**
     * Lifts the ban of {@code address} (IPv4, or IPv6 in any form) and forgets its failures.
     *
     * @throws org.parley.platform.error.InvalidInputException when {@code address} is not an IP address
     * @throws SipBanNotFoundException when no ban of it is in force
     */
    void lift(String address);

    /** Failed authentications counted since start. */
    long failuresCounted();

    /** Bans imposed since start. */
    long bansImposed();
}
