package org.parley.dialplan;

import java.util.Objects;
import java.util.Optional;

/**
 * An outbound route as the dial plan applies it.
 *
 * @param name        the route's name
 * @param priority    lower first
 * @param numberClass the numbers it takes
 * @param prefix      when present, only E.164 numbers starting with it ({@code +331}); emergency numbers are short
 *                    numbers, so only routes without a prefix take them
 * @param trunk       the trunk's name
 */
public record OutboundRule(String name, int priority, RouteClass numberClass, Optional<String> prefix,
        String trunk) {

    public OutboundRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(numberClass, "numberClass");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(trunk, "trunk");
    }

    /** Whether this route takes {@code number}. */
    public boolean matches(DialedNumber number) {
        if (!numberClass.matches(number.numberClass())) {
            return false;
        }
        return prefix.isEmpty() || number.numberClass() != NumberClass.EMERGENCY
                && number.normalized().startsWith(prefix.get());
    }
}
