package org.parley.forwarding;

/** Whom a forwarded call is presented as coming from. */
public enum CallerIdChoice {
    /** The original caller's number (towards carriers with Diversion and History-Info, so that they accept it). */
    ORIGINAL,
    /** The company's number ({@code PARLEY_COMPANY_NUMBER}; unset: the trunk's caller ID). */
    COMPANY
}
