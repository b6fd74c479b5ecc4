package org.parley.web.security;

import java.time.Instant;
import org.parley.security.SipBan;

/** A SIP ban as the REST API shows it. Fields are public for JSON-B. */
public class SipBanDto {

    /** The banned source's IP address. */
    public String address;
    public Instant since;
    public Instant until;
    /** Failed authentications that led to the ban. */
    public int failures;
    /** How many times this source was banned, this ban included; each ban lasts twice the previous. */
    public int repeat;

    static SipBanDto of(SipBan ban) {
        SipBanDto d = new SipBanDto();
        d.address = ban.address();
        d.since = ban.since();
        d.until = ban.until();
        d.failures = ban.failures();
        d.repeat = ban.repeat();
        return d;
    }
}
