package org.parley.call;

/**
 * What the signalling side tells call control: a new call, and what happens on its legs. Facts about legs Parley no
 * longer tracks are ignored.
 */
public interface CallControl {

    /** Routes a new call and starts reaching its destination; refuses it through {@link CallSignalling}. */
    void incoming(IncomingCall call);

    void progress(String legId, int status, SessionDescription body);

    void answered(String legId, SessionDescription body);

    void failed(String legId, int status);

    void confirmed(String legId, SessionDescription ackBody);

    void cancelled(String legId);

    /** A leg's dialog ended; {@code byRemote} when its device hung up. */
    void ended(String legId, boolean byRemote);

    /** A leg's dialog ended because the device on the other leg of its bridge hung up (reported in either order). */
    void endedByPartner(String legId);

    void modified(String legId, SessionDescription body);

    /** The outcome of a re-INVITE Parley sent on a leg ({@link CallSignalling#reoffer}). */
    void reoffered(String legId, int status, SessionDescription answer);

    /**
     * A party offers a new session in a re-INVITE (transaction {@code transactionKey}) that the connector left to
     * call control (a hold, and what follows it until the parties are back in direct media); answered through
     * {@code transactionKey}.
     */
    void sessionOffered(String legId, String transactionKey, SessionDescription offer);

    /**
     * A party asked, on its leg, to hand its call on (REFER): {@link TransferRequest#transferorLeg()} and
     * {@link TransferRequest#requestKey()} are set. The request is answered through {@link CallSignalling}: 202 when
     * the transfer starts, 481 when the leg is part of no call, 491 when the call cannot be transferred now.
     */
    void transferRequested(TransferRequest request);

    /**
     * An INVITE with Replaces (RFC 3891) from an authenticated party names leg {@code replacedLeg}: the new caller
     * takes that leg's place in its call. Answered through {@link CallSignalling}: 200 with the other party's new
     * session, 481 when no call in progress can be joined that way.
     */
    void replacing(IncomingCall call, String replacedLeg);
}
