package org.parley.dialplan;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of numbers an extension's outbound calling class names: what it may call directly. Emergency numbers are
 * always allowed as a direct call and are not part of a class.
 */
public enum NumberKind {
    /** An extension of this Parley. */
    INTERNAL("Internal"),
    /** A number of the configured country that is neither mobile nor premium-rate (fixed line, toll-free, …). */
    NATIONAL("National"),
    /** A mobile number of the configured country. */
    MOBILE("Mobile"),
    /** A premium-rate number, of any country. */
    PREMIUM_RATE("Premium-rate"),
    /** A number of another country (or a global service). */
    INTERNATIONAL("International"),
    /** An emergency short number of the configured country: always allowed directly, never passed on. */
    EMERGENCY("Emergency");

    /** The class an extension gets when none is given: no international, no premium-rate. */
    public static final Set<NumberKind> DEFAULT_CLASS = Set.copyOf(EnumSet.of(INTERNAL, NATIONAL, MOBILE));

    private final String label;

    NumberKind(String label) {
        this.label = label;
    }

    /** For people: "International", "Premium-rate". */
    public String label() {
        return label;
    }

    /** The SIP reason phrase of a direct call refused because its class lacks this kind. */
    public String refusalPhrase() {
        return label + " calls not allowed";
    }

    /** The kinds a calling class may name (all but {@link #EMERGENCY}), as written in the REST API. */
    public static Set<NumberKind> classKinds() {
        return EnumSet.complementOf(EnumSet.of(EMERGENCY));
    }

    /** For messages: {@code INTERNAL, NATIONAL, MOBILE, PREMIUM_RATE, INTERNATIONAL}. */
    public static String classKindNames() {
        return String.join(", ", classKinds().stream().map(NumberKind::name).toList());
    }
}
