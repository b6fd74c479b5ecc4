package org.parley.web.phone;

import java.time.Instant;

/** {@code GET /api/me/phone}: what the console's phone widget registers with (issued, short-lived). */
public class PhoneDto {

    public String extension;
    public String displayName;
    public String wsUri;
    /** The SIP URI to register: {@code sip:<extension>@<domain>}. */
    public String uri;
    public String authUser;
    public String password;
    public String realm;
    public Instant expiresAt;
}
