package org.parley.sipconnector;

import java.util.Objects;

/**
 * The CSeq header (RFC 3261 §20.16).
 *
 * @param number sequence number
 * @param method request method it counts
 */
public record CSeq(long number, String method) {

    public CSeq {
        Objects.requireNonNull(method, "method");
    }
}
