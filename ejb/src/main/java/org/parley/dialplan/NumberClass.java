package org.parley.dialplan;

/** What kind of number a dialled string is, as far as routing and policies care. */
public enum NumberClass {
    /** An extension of this Parley. */
    INTERNAL,
    /** A number of the configured country ({@code PARLEY_COUNTRY}). */
    NATIONAL,
    /** A number of another country (or a global service). */
    INTERNATIONAL,
    /** An emergency short number of the configured country (112, 15, 911 …). */
    EMERGENCY,
    /** Not a number Parley can place. */
    INVALID
}
