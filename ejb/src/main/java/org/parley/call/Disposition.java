package org.parley.call;

/** How a call ended, as call records report it. */
public enum Disposition {
    ANSWERED, NO_ANSWER, BUSY, FAILED, CANCELLED;

    /** The label call records and CSV exports use ({@code NO ANSWER} with a space, as CDR tools expect). */
    public String label() {
        return name().replace('_', ' ');
    }
}
