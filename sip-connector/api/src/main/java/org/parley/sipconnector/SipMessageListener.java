package org.parley.sipconnector;

import org.parley.sipconnector.media.MediaEvent;

/**
 * Message listener of the SIP connector: a message-driven bean implements it to receive what arrives on the
 * connector's listening points. Each call runs on a connector work thread, never on the SIP stack's own thread.
 *
 * <p>A non-INVITE request must be answered with a final response through {@link SipConnection} before
 * {@link #onRequest(SipRequest)} returns; the connector answers {@code 500} for one left unanswered, and for any
 * exception thrown. An INVITE may be answered later (the connector has sent 100 Trying).
 */
public interface SipMessageListener {

    /**
     * A new request (retransmissions are absorbed by the connector). A dialog-creating INVITE carries the id of the
     * inbound leg the connector opened for it ({@link SipRequest#legId()}); so does an in-dialog request the
     * connector does not handle itself (REFER). ACK for a 2xx is not delivered: see {@link LegEvent.Confirmed}.
     */
    void onRequest(SipRequest request);

    /** A response no leg or registration of the connector expects (a stray response). */
    void onResponse(SipResponse response);

    /** Something happened on a leg. */
    void onLegEvent(LegEvent event);

    /** Something happened on a leg's media (a key press, the end of a playback, RTP gone silent). */
    void onMediaEvent(MediaEvent event);

    /** An outbound registration changed state. */
    void onRegistration(RegistrationEvent event);
}
