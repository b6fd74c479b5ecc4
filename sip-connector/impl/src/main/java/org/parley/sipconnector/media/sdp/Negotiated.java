package org.parley.sipconnector.media.sdp;

/**
 * What an offer/answer exchange settled for the audio stream of an endpoint.
 *
 * @param codec          payload type both sides use: 0 (PCMU) or 8 (PCMA)
 * @param telephoneEvent payload type of telephone-event, or -1 when not negotiated
 * @param remoteHost     where the far end receives RTP; {@code 0.0.0.0} when it asked for none (old-style hold)
 * @param remotePort     its RTP port
 * @param remoteRtcpPort its RTCP port ({@code a=rtcp}, else RTP port + 1)
 * @param local          the direction Parley's side of the stream has
 * @param held           whether the far end put the stream on hold: it receives nothing ({@code a=sendonly},
 *                       {@code a=inactive}, or {@code c=0.0.0.0})
 */
public record Negotiated(int codec, int telephoneEvent, String remoteHost, int remotePort, int remoteRtcpPort,
        Direction local, boolean held) {

    /** Whether Parley may send RTP: its direction allows it and the far end gave an address. */
    public boolean sending() {
        return local.sends() && remotePort != 0 && !OfferAnswer.NO_ADDRESS.equals(remoteHost);
    }

    /** The codec's SDP name. */
    public String codecName() {
        return codec == 8 ? "PCMA" : "PCMU";
    }
}
