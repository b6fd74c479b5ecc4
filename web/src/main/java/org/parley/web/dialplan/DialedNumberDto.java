package org.parley.web.dialplan;

import org.parley.dialplan.DialedNumber;

/** What a dialled string means, in the REST API. */
public class DialedNumberDto {

    /** As given. */
    public String dialed;
    /** {@code INTERNAL}, {@code NATIONAL}, {@code INTERNATIONAL}, {@code EMERGENCY} or {@code INVALID}. */
    public String numberClass;
    /** The extension, the E.164 number, the emergency short number, or the input without separators. */
    public String normalized;
    /** The country national numbers are read in ({@code PARLEY_COUNTRY}). */
    public String country;

    static DialedNumberDto of(DialedNumber n, String country) {
        DialedNumberDto d = new DialedNumberDto();
        d.dialed = n.dialed();
        d.numberClass = n.numberClass().name();
        d.normalized = n.normalized();
        d.country = country;
        return d;
    }
}
