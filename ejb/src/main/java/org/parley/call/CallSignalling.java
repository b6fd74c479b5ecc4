package org.parley.call;

/**
 * The signalling port of call control: what it needs done on the wire. Implemented by the SIP adapter; call control
 * never sees SIP messages. Every method returns once the message is handed over; outcomes come back through
 * {@link CallControl}.
 */
public interface CallSignalling {

    /**
     * Opens an outgoing leg under the id call control chose (filed before the first event about it can arrive).
     *
     * @throws SignallingException when it cannot be sent (no route to the device, a bad address)
     */
    void dial(String legId, OutgoingLeg leg);

    /**
     * Answers the caller's INVITE (1xx, 2xx with the answer, or a final refusal). Every method throws
     * {@link SignallingException} when the message cannot be handed over (the leg or transaction is gone).
     */
    default void respondToCaller(CallerLeg caller, int status, SessionDescription body) {
        respondToCaller(caller, status, "", body);
    }

    /**
     * Answers the caller's INVITE with a reason phrase of call control's ("International calls not allowed"); an empty
     * one is the standard phrase of the status.
     */
    void respondToCaller(CallerLeg caller, int status, String reasonPhrase, SessionDescription body);

    void bridge(String legA, String legB);

    void cancel(String legId);

    void hangup(String legId);

    void acknowledge(String legId, SessionDescription answer);

    /** Takes a leg out of its bridge. */
    void unbridge(String legId);

    /** Sends a re-INVITE with {@code offer} on a confirmed leg; its outcome comes back as {@link CallControl#reoffered}. */
    void reoffer(String legId, SessionDescription offer);

    /** Answers a party's transfer request (a REFER's server transaction). */
    void answerTransferRequest(String requestKey, int status);

    /** Tells a transferor how its transfer goes: NOTIFY of the refer event with a message/sipfrag status line. */
    void notifyTransferor(String legId, int status);
}
