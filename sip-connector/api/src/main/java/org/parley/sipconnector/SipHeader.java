package org.parley.sipconnector;

import java.util.Objects;

/**
 * One header field of a SIP message (RFC 3261 §7.3): its name in long form and its value as text.
 *
 * @param name  header name, e.g. {@code Contact} (compact forms are expanded by the connector)
 * @param value header value, without the name and the colon
 */
public record SipHeader(String name, String value) {

    public SipHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a header needs a name");
        }
    }

    /** Whether this header has the given name, compared without regard to case (RFC 3261 §7.3.1). */
    public boolean is(String otherName) {
        return name.equalsIgnoreCase(otherName);
    }
}
