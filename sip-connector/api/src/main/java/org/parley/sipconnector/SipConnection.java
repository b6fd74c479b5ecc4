package org.parley.sipconnector;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.parley.sipconnector.MediaConnection;

/**
 * A handle to the connector's SIP stack, obtained from {@link SipConnectionFactory}; close it after use. Every method
 * returns once the message is handed to the stack; what happens next arrives as {@link LegEvent}s and
 * {@link RegistrationEvent}s.
 */
public interface SipConnection extends AutoCloseable {

    /**
     * Sends a response on the server transaction named by {@code transactionKey}. For an INVITE, a 1xx with a tag or a
     * 2xx establishes the inbound leg's dialog: the connector adds its Contact, retransmits a 2xx until the ACK
     * arrives ({@link LegEvent.Confirmed}) and ends the leg if none comes ({@link EndCause#ACK_TIMEOUT}).
     *
     * @throws SipSendException when the transaction is gone (answered, timed out) or the response cannot be sent
     */
    void respond(String transactionKey, SipResponseSpec response);

    /**
     * Opens an outgoing leg: sends the INVITE and returns the new leg's id at once ({@link OutboundInvite#legId()}
     * when Parley chose one; a leg id already in use is refused with {@link SipSendException}). None of the leg's
     * events is delivered before this method has returned. A transport failure on the first send is reported as
     * {@link LegEvent.Failed} with 503.
     *
     * @throws SipSendException when the request cannot be built or sent (bad URI, no route)
     */
    String invite(OutboundInvite invite);

    /**
     * Cancels an outgoing leg that has no final answer yet (RFC 3261 §9). Should a 2xx cross the CANCEL, the
     * connector acknowledges it and sends BYE. Nothing happens for a leg that is over. The CANCEL goes once the leg
     * had a provisional answer (§9.1); before that it waits for the first one, or Timer B ends the leg. A leg that is
     * answered already, or an incoming one, is hung up as by {@link #hangup(String)}.
     */
    void cancel(String legId);

    /**
     * Acknowledges the 2xx of an outgoing leg opened without an offer, or of a {@link #reoffer} without one, carrying
     * the answer (RFC 3264 late offer).
     */
    void acknowledge(String legId, SipBody answer);

    /**
     * Joins two confirmed or answered legs: from now on the connector relays in-dialog requests from one to the other
     * (BYE, re-INVITE, UPDATE, INFO and their answers, ACK for a relayed re-INVITE), each with its own dialog's
     * Call-ID, tags and CSeq. A BYE on one ends both ({@link EndCause#REMOTE_HANGUP} and
     * {@link EndCause#LOCAL_HANGUP}).
     */
    void bridge(String legA, String legB);

    /**
     * Ends a leg the way its state requires: BYE for a confirmed dialog, CANCEL for an outgoing leg not answered yet,
     * {@code 480 Temporarily Unavailable} for an inbound INVITE not answered yet. Its bridge partner, if any, is left
     * alone. Nothing happens for a leg that is over.
     */
    void hangup(String legId);

    /**
     * Breaks the bridge a leg is in, if any: from now on neither leg's in-dialog requests are relayed (BYE ends only
     * the leg it arrives on; re-INVITE and UPDATE get 488), until the legs are bridged again. Used while a party is
     * being transferred.
     */
    void unbridge(String legId);

    /**
     * Sends a request other than INVITE, ACK, CANCEL and BYE within a leg's dialog (NOTIFY with the progress of a
     * transfer, RFC 3515 §2.4.4), with extra headers and a body. Its answer is not reported: such requests only
     * inform the far end.
     *
     * @throws SipSendException when the leg is over, not confirmed, or the request cannot be sent
     */
    void sendInDialog(String legId, String method, List<SipHeader> headers, SipBody body);

    /**
     * Sends a NOTIFY within a subscription's dialog that the application keeps (RFC 6665 §4.2.2: Parley is the
     * notifier), numbered {@code cseq} (growing within the dialog), to the address the SUBSCRIBE came from, with the
     * application's headers ({@code Event}, {@code Subscription-State}) and body. Its answer is not reported: a
     * subscriber that is gone lets the subscription expire.
     *
     * @throws SipSendException when the request cannot be built or sent
     */
    void notify(SubscriptionDialog dialog, long cseq, List<SipHeader> headers, SipBody body);

    /**
     * Sends a re-INVITE carrying {@code offer} on a confirmed leg (a transferred party gets the new partner's
     * session). The connector acknowledges a 2xx itself; the outcome arrives as {@link LegEvent.Reoffered} with the
     * status and the answer. With an empty {@code offer} (a late offer: the far end offers in its 2xx) the 2xx is not
     * acknowledged until {@link #acknowledge(String, SipBody)} brings the answer (64·T1 at most, then an empty ACK
     * and BYE). A re-INVITE the far end or the leg's bridge is already negotiating is not sent: the event
     * says 491 at once.
     *
     * @throws SipSendException when the leg is over or not confirmed
     */
    void reoffer(String legId, SipBody offer);

    /**
     * The leg whose dialog {@code dialog} names (RFC 3891 §3: a Replaces header's Call-ID and tags, from either side's
     * point of view): Call-ID equal, one tag the connector's own and the other the far end's. Empty when no leg in
     * progress matches.
     */
    Optional<String> legOf(DialogKey dialog);

    /** Starts (or replaces) an outbound registration with the given key. */
    void register(OutboundRegistration registration);

    /** Stops an outbound registration (un-REGISTERs when registered). */
    void unregister(String key);

    /**
     * The connector's media endpoints (RTP on Parley's own engine).
     *
     * @throws SipSendException when the connector is not running
     */
    MediaConnection media();

    /**
     * Drops every request from {@code address} (an IPv4 or IPv6 literal, as {@code SipPeer.host()} gives it) until
     * {@code until}, before any transaction or delivery: no answer at all. A later call replaces the deadline.
     *
     * @throws IllegalArgumentException when {@code address} is not an IP literal (names are never resolved)
     */
    void blockSource(String address, Instant until);

    /**
     * Drops a non-INVITE request unanswered: its transaction ends at once, and a retransmission arrives as a new
     * request. Used to slow down a guesser without answering it.
     *
     * @throws SipSendException when the key names no open transaction, or an INVITE (which opened a leg)
     */
    void discard(String transactionKey);

    /** Serves {@code address} again; nothing happens when it was not blocked. */
    void unblockSource(String address);

    /** The sockets the connector listens on; empty while the stack is not running. */
    List<SipListeningPoint> listeningPoints();

    /**
     * How many messages (requests, answers, relays, ACKs) the connector could not send since its stack started: no
     * route, a transport that refused them, a transaction already gone. Each one is also logged at INFO.
     */
    long failedSends();

    /**
     * The address phones and trunks reach the connector at, as written in its Via and Contact headers
     * ({@code PARLEY_SIP_ADVERTISED_HOST}, else the bound address, else this machine's address); empty while the stack
     * is not running.
     */
    Optional<String> advertisedHost();

    /** Releases the handle; the stack keeps running. */
    @Override
    void close();
}
