package org.parley.call;

/** Where a call comes from and goes to. */
public enum CallDirection {
    /** Between two extensions. */
    INTERNAL,
    /** From an extension to an outside number, through a trunk. */
    OUTBOUND,
    /** From a trunk to an extension. */
    INBOUND,
    /** Started by Parley (click-to-dial): the extension rings first, then the target is dialled. */
    ORIGINATED
}
