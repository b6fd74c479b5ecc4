package org.parley.voicemail;

import java.util.List;

/**
 * What the REST API and the console send to create or change a box (public fields: JSON-B binds them).
 * {@code number} and {@code name} for a shared box; {@code enabled} and {@code pin} (4 to 10 digits, stored hashed,
 * never returned) for either kind.
 */
public class MailboxInput {
    public String number;
    public String name;
    public Boolean enabled;
    public List<String> notified;
    public String pin;
}
