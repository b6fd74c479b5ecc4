package org.parley.sipconnector.jain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where an outbound registration ({@link RegistrationClient}) stands, as an explicit table: state × trigger → next
 * state; a trigger the table does not allow is refused ({@link #on}) and logged by the caller.
 *
 * <pre>
 * IDLE          SEND → REGISTERING                       STOP → ENDED
 * REGISTERING   OK → REGISTERED    RESEND → REGISTERING   FAIL → RETRY_WAIT   STOP → STOPPING      (RFC 3261 §10.2)
 * REGISTERED    REFRESH_DUE → REFRESHING                  STOP → UNREGISTERING                     (§10.2.4)
 * REFRESHING    OK → REGISTERED    RESEND → REFRESHING    FAIL → RETRY_WAIT   STOP → STOPPING
 * RETRY_WAIT    REFRESH_DUE → REGISTERING                 STOP → ENDED
 * STOPPING      OK → UNREGISTERING RESEND → STOPPING      FAIL → ENDED    (the REGISTER in flight decides)
 * UNREGISTERING OK → ENDED         RESEND → UNREGISTERING FAIL → ENDED    (Expires: 0, §10.2.2)
 * ENDED         —
 * </pre>
 * RESEND is the same REGISTER sent again: with credentials after a 401/407 (§22.2, once per request), or with a
 * longer expiry after a 423 (§10.2.8).
 */
enum RegistrationClientState {
    /** Created, nothing sent yet. */
    IDLE,
    /** A REGISTER is out; not registered. */
    REGISTERING,
    /** Registered; the refresh timer runs (half the granted expiry). */
    REGISTERED,
    /** Registered, and the refreshing REGISTER is out. */
    REFRESHING,
    /** The last attempt failed; the retry timer runs (a doubling wait). */
    RETRY_WAIT,
    /** Stopped while a REGISTER was out: a 2xx is un-registered at once, a failure ends. */
    STOPPING,
    /** The un-REGISTER (Expires: 0) is out. */
    UNREGISTERING,
    /** Over: un-registered, or never registered and stopped. */
    ENDED;

    /** What moves a registration. */
    enum Trigger {
        /** The first REGISTER is sent. */
        SEND,
        /** A 2xx to the REGISTER. */
        OK,
        /** The REGISTER goes again, answering a challenge or a 423. */
        RESEND,
        /** A final failure, a timeout, a challenge that cannot be answered, or the REGISTER could not be sent. */
        FAIL,
        /** The refresh or retry timer fired. */
        REFRESH_DUE,
        /** The application stopped the registration. */
        STOP
    }

    private static final Map<RegistrationClientState, Map<Trigger, RegistrationClientState>> TABLE =
            new EnumMap<>(RegistrationClientState.class);

    static {
        allow(IDLE, Trigger.SEND, REGISTERING);
        allow(IDLE, Trigger.STOP, ENDED);
        allow(REGISTERING, Trigger.OK, REGISTERED);
        allow(REGISTERING, Trigger.RESEND, REGISTERING);
        allow(REGISTERING, Trigger.FAIL, RETRY_WAIT);
        allow(REGISTERING, Trigger.STOP, STOPPING);
        allow(REGISTERED, Trigger.REFRESH_DUE, REFRESHING);
        allow(REGISTERED, Trigger.STOP, UNREGISTERING);
        allow(REFRESHING, Trigger.OK, REGISTERED);
        allow(REFRESHING, Trigger.RESEND, REFRESHING);
        allow(REFRESHING, Trigger.FAIL, RETRY_WAIT);
        allow(REFRESHING, Trigger.STOP, STOPPING);
        allow(RETRY_WAIT, Trigger.REFRESH_DUE, REGISTERING);
        allow(RETRY_WAIT, Trigger.STOP, ENDED);
        allow(STOPPING, Trigger.OK, UNREGISTERING);
        allow(STOPPING, Trigger.RESEND, STOPPING);
        allow(STOPPING, Trigger.FAIL, ENDED);
        allow(UNREGISTERING, Trigger.OK, ENDED);
        allow(UNREGISTERING, Trigger.RESEND, UNREGISTERING);
        allow(UNREGISTERING, Trigger.FAIL, ENDED);
    }

    private static void allow(RegistrationClientState from, Trigger trigger, RegistrationClientState to) {
        TABLE.computeIfAbsent(from, k -> new EnumMap<>(Trigger.class)).put(trigger, to);
    }

    /** The state after {@code trigger}, if the table allows it here. */
    Optional<RegistrationClientState> next(Trigger trigger) {
        return Optional.ofNullable(TABLE.getOrDefault(this, Map.of()).get(trigger));
    }

    /**
     * The state after {@code trigger}.
     *
     * @throws IllegalStateException when the table does not allow it here
     */
    RegistrationClientState on(Trigger trigger) {
        return next(trigger).orElseThrow(() -> new IllegalStateException(
                "registration: no transition from " + this + " on " + trigger));
    }
}
