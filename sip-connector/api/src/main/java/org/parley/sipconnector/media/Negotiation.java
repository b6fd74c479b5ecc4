package org.parley.sipconnector.media;

import java.util.Objects;
import org.parley.sipconnector.SipBody;

/**
 * The outcome of one offer/answer exchange on an endpoint.
 *
 * @param answer the SDP answer to send back (empty when Parley made the offer)
 * @param codec  the audio codec the endpoint sends and receives: {@code PCMU} or {@code PCMA}
 * @param held   whether the far end put the call on hold ({@code a=sendonly}, {@code a=inactive} or
 *               {@code c=0.0.0.0}): it does not want to hear Parley (its own music, or silence)
 */
public record Negotiation(SipBody answer, String codec, boolean held) {

    public Negotiation {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(codec, "codec");
    }
}
