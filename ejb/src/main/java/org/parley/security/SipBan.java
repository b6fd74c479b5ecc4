package org.parley.security;

import java.time.Instant;
import java.util.Objects;

/**
 * A source address the SIP guard ignores: its requests are dropped unanswered until {@code until}.
 *
 * @param address  the source's IP address, as the SIP connector reports it
 * @param since    when the ban began
 * @param until    when it ends
 * @param failures failed authentications that led to it
 * @param repeat   how many times this source was banned, this ban included (each lasts twice the previous)
 */
public record SipBan(String address, Instant since, Instant until, int failures, int repeat) {

    public SipBan {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
    }
}
