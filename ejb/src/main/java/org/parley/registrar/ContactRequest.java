package org.parley.registrar;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One Contact header value of a REGISTER (RFC 3261 §10.2.1).
 *
 * @param address the contact URI
 * @param expires the contact's {@code expires} parameter, when present and a valid non-negative integer
 *                (the adapter drops an invalid one, RFC 3261 §10.3 step 7 then uses the Expires header);
 *                values above {@link Integer#MAX_VALUE} are to be passed as {@code Integer.MAX_VALUE}
 * @param q       the contact's {@code q} preference, as written (RFC 3261 §20.10 qvalue)
 */
public record ContactRequest(ContactAddress address, OptionalInt expires, Optional<String> q) {

    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    public ContactRequest {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(expires, "expires");
        Objects.requireNonNull(q, "q");
        if (expires.isPresent() && expires.getAsInt() < 0) {
            throw new IllegalArgumentException("expires must not be negative: " + expires.getAsInt());
        }
        q.ifPresent(value -> {
            if (!isValidQ(value)) {
                throw new IllegalArgumentException("invalid q value: " + value);
            }
        });
    }

    /** A contact without expires or q parameter. */
    public static ContactRequest of(ContactAddress address) {
        return new ContactRequest(address, OptionalInt.empty(), Optional.empty());
    }

    /** Whether {@code q} is a qvalue of RFC 3261 §25.1: 0 to 1 with at most three decimals. */
    public static boolean isValidQ(String q) {
        return q != null && QVALUE.matcher(q).matches();
    }
}
