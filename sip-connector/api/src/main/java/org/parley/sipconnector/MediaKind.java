package org.parley.sipconnector;

/** What an endpoint speaks to its far end: the offers it makes follow it (an answer follows the offer it answers). */
public enum MediaKind {
    /** Plain RTP ({@code RTP/AVP}): SIP phones and trunks. */
    RTP,
    /** WebRTC ({@code UDP/TLS/RTP/SAVPF}: ICE-lite, DTLS-SRTP, rtcp-mux): browsers. */
    WEBRTC
}
