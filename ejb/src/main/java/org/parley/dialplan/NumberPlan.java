package org.parley.dialplan;

import java.util.Optional;

/** Reads dialled strings the way people in the configured country ({@code PARLEY_COUNTRY}) dial them. */
public interface NumberPlan {

    /**
     * Classifies and normalises a dialled string. Spaces, dots, dashes, slashes and parentheses are ignored; a leading
     * {@code +} or the country's international prefix ({@code 00}, {@code 011} …) starts an international number;
     * an emergency short number of the country wins over everything, then an existing extension, then a national or
     * international number. Never throws: anything else is {@link NumberClass#INVALID}.
     */
    DialedNumber parse(String dialed);

    /**
     * The E.164 form of a national or international number, ignoring extensions and short numbers: for DIDs received
     * from a carrier ({@code +33123456789}, {@code 0123456789}, {@code 33123456789}).
     */
    Optional<String> toE164(String number);

    /** The configured country, ISO 3166 alpha-2 ({@code FR}). */
    String country();

    /**
     * Whether an E.164 number belongs to another country than the configured one.
     *
     * @throws IllegalArgumentException when {@code e164} is not an E.164 number
     */
    boolean isInternational(String e164);
}
