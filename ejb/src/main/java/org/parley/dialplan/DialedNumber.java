package org.parley.dialplan;

import java.util.Objects;

/**
 * A dialled string and what it means.
 *
 * @param dialed      as dialled (keypad input, a Request-URI user part …)
 * @param numberClass its class
 * @param normalized  the extension number for {@link NumberClass#INTERNAL}, the E.164 form ({@code +33123456789}) for
 *                    {@link NumberClass#NATIONAL} and {@link NumberClass#INTERNATIONAL}, the short number for
 *                    {@link NumberClass#EMERGENCY}, the input without separators for {@link NumberClass#INVALID}
 */
public record DialedNumber(String dialed, NumberClass numberClass, String normalized) {

    public DialedNumber {
        Objects.requireNonNull(dialed, "dialed");
        Objects.requireNonNull(numberClass, "numberClass");
        Objects.requireNonNull(normalized, "normalized");
    }
}
