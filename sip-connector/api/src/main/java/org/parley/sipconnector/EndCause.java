package org.parley.sipconnector;

/** Why a leg's dialog ended. */
public enum EndCause {
    /** The far end sent BYE. */
    REMOTE_HANGUP,
    /** Parley hung up ({@link SipConnection#hangup(String)}). */
    LOCAL_HANGUP,
    /**
     * The other leg of its bridge hung up (its device sent BYE, which ends that leg with {@link #REMOTE_HANGUP}) and
     * the connector hung this one up in turn. The two legs' events may reach the application in either order: this
     * cause says who really ended the conversation.
     */
    PARTNER_HANGUP,
    /**
     * A 2xx was never acknowledged in time (64·T1) and the dialog was closed with BYE: our 2xx on an incoming leg
     * (RFC 3261 §13.3.1.4), a relayed re-INVITE's 2xx, or an outgoing leg's late-offer 2xx that Parley did not
     * {@linkplain SipConnection#acknowledge(String, SipBody) acknowledge}.
     */
    ACK_TIMEOUT,
    /** The far end could not be reached any more (transport error, transaction timeout on an in-dialog request). */
    UNREACHABLE
}
