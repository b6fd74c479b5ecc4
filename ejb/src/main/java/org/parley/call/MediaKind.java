package org.parley.call;

/** What a leg's media endpoint speaks: what call control asks of the engine when it offers to a destination. */
public enum MediaKind {
    /** Plain RTP: SIP phones and trunks. */
    RTP,
    /** WebRTC (ICE, DTLS-SRTP): a browser, registered over SIP over WebSocket. */
    WEBRTC
}
