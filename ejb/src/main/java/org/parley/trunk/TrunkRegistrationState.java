package org.parley.trunk;

/** Where Parley's registration at a trunk's carrier stands. */
public enum TrunkRegistrationState {
    /** Asked for; no answer from the carrier yet. */
    PENDING,
    /** The carrier accepted it (2xx). */
    REGISTERED,
    /** The carrier refused it or could not be reached; the connector retries. */
    FAILED,
    /** The SIP connector could not start it (see the server log). */
    UNAVAILABLE
}
