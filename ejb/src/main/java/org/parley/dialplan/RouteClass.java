package org.parley.dialplan;

/** Which numbers an outbound route takes: one class, or any number a trunk can carry. */
public enum RouteClass {
    ANY, NATIONAL, INTERNATIONAL, EMERGENCY;

    /** Whether a number of class {@code c} may take a route of this class (never an internal or invalid one). */
    public boolean matches(NumberClass c) {
        return switch (c) {
            case NATIONAL -> this == ANY || this == NATIONAL;
            case INTERNATIONAL -> this == ANY || this == INTERNATIONAL;
            case EMERGENCY -> this == ANY || this == EMERGENCY;
            case INTERNAL, INVALID -> false;
        };
    }
}
