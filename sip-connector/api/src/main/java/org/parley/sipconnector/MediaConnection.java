package org.parley.sipconnector;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.parley.sipconnector.SipBody;

/**
 * Media endpoints of the connector, one per call leg that Parley anchors: obtained from
 * {@code SipConnection.media()}, named by the id {@link #open(String)} returns, and usable from any handle until
 * {@link #close(String)}. What happens on an endpoint arrives as {@link MediaEvent}s, by the same delivery path as the
 * leg's own events.
 *
 * <p>Offer/answer follows RFC 3264: an endpoint answers an offer ({@link #answer}) or makes one ({@link #offer}) and
 * then takes the far end's answer ({@link #accept}); a later offer on the same endpoint is a re-negotiation (hold,
 * resume, codec change) and the SDP's {@code o=} version grows with each change.
 *
 * @see MediaRefusedException
 */
public interface MediaConnection {

    /**
     * Opens an endpoint for the leg {@code legId}: a pair of local ports is reserved at once.
     *
     * @return the endpoint's id
     * @throws MediaUnavailableException when no port pair is free
     */
    default String open(String legId) {
        return open(legId, MediaKind.RTP);
    }

    /**
     * Opens an endpoint of {@code kind} for the leg {@code legId}: its {@link #offer}s are of that kind (an
     * {@link #answer} follows the offer it answers, whatever the kind).
     *
     * @return the endpoint's id
     * @throws MediaUnavailableException when no port pair is free
     */
    String open(String legId, MediaKind kind);

    /**
     * Parley's SDP offer for the endpoint: G.711 µ-law and A-law and telephone-event, sending and receiving; for a
     * {@link MediaKind#WEBRTC} endpoint over {@code UDP/TLS/RTP/SAVPF} with ICE-lite credentials and candidate,
     * the DTLS certificate's fingerprint, {@code a=setup:actpass} and {@code a=rtcp-mux}.
     */
    SipBody offer(String endpointId);

    /**
     * Answers the far end's {@code offer} (RFC 3264 §6): the first codec of the offer Parley has, the offer's
     * telephone-event payload number, the reverse of the offered direction.
     *
     * @throws MediaRefusedException when nothing offered is usable (the caller answers 488)
     */
    Negotiation answer(String endpointId, SipBody offer);

    /**
     * Takes the far end's {@code answer} to the endpoint's last {@link #offer}. A WebRTC answer's {@code a=setup}
     * decides the DTLS role: {@code active} makes Parley the DTLS server, {@code passive} the client.
     *
     * @return the negotiation, with an empty body
     * @throws MediaRefusedException when the answer names nothing Parley offered
     */
    Negotiation accept(String endpointId, SipBody answer);

    /**
     * Relays audio and DTMF between two endpoints in both directions, transcoding when their codecs differ; either
     * one's previous partner is disconnected.
     */
    void connect(String endpointA, String endpointB);

    /** Ends the relay the endpoint is in, if any. */
    void disconnect(String endpointId);

    /**
     * Plays {@code sounds} one after the other to the endpoint's far end (from the start again after the last one
     * when {@code loop}), replacing what it was playing; meanwhile its partner's audio does not reach it. Ends with
     * {@link MediaEvent.PlaybackFinished} (not for a loop, unless stopped).
     */
    void play(String endpointId, List<Sound> sounds, boolean loop);

    /** Stops the playback, if any ({@link MediaEvent.PlaybackFinished} with {@code stopped}). */
    void stop(String endpointId);

    /** Records what the far end sends to a WAV file (8 kHz, 16-bit linear PCM, mono) until stopped or closed. */
    default void record(String endpointId, Path wav) {
        record(endpointId, wav, Duration.ZERO);
    }

    /**
     * Records as {@link #record(String, Path)}; when the audio received stays silent for {@code endOnSilence} (not
     * zero), reports {@link MediaEvent.SilenceDetected} once, and the file, when stopped, ends a quarter of a second
     * after the last sound (the trailing silence trimmed). Recording goes on until stopped.
     */
    void record(String endpointId, Path wav, Duration endOnSilence);

    /** Ends the recording, if any, completing its file. */
    void stopRecording(String endpointId);

    /**
     * Sends one DTMF key press as RFC 4733 telephone-event (or nothing when the far end did not negotiate it).
     *
     * @param digit one of {@code 0-9 * # A-D}
     */
    void sendDtmf(String endpointId, char digit, int durationMillis);

    /** Closes the endpoint: playback and recording stop, its relay ends, its ports are released. */
    void close(String endpointId);

    /** Endpoints open right now (tests and health: this returns to 0 when every call is over). */
    int openEndpoints();

    /** Convenience for a list of one. */
    default void play(String endpointId, Sound sound) {
        play(endpointId, List.of(sound), false);
    }
}
