package org.parley.call;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The media port of call control: endpoints on Parley's own media engine for the legs a feature anchors (a feature
 * code's prompt, music on hold). Implemented by the SIP adapter; call control never sees the engine. Sounds are
 * named as in the sound library ({@code agent-logged-in}, a music class's playlist).
 */
public interface CallMedia {

    /**
     * Opens an endpoint for the leg and answers the leg's {@code offer} with the engine's SDP.
     *
     * @return the endpoint and the answer to send
     * @throws Refused when the offer has nothing the engine can use (answer 488)
     */
    Answered answer(String legId, SessionDescription offer);

    /**
     * Opens an endpoint for the leg and makes Parley's offer (G.711 µ-law, A-law, telephone-event), for an INVITE or
     * a re-INVITE that anchors the leg on the engine; the far end's answer goes to {@link #accept}. A
     * {@link MediaKind#WEBRTC} endpoint offers WebRTC (a browser), an {@link MediaKind#RTP} one plain RTP.
     */
    Offered offer(String legId, MediaKind kind);

    /** A plain RTP offer ({@link #offer(String, MediaKind)}). */
    default Offered offer(String legId) {
        return offer(legId, MediaKind.RTP);
    }

    /**
     * Answers a new offer on an open endpoint (RFC 3264 re-negotiation: hold, resume, a new address).
     *
     * @throws Refused when the offer has nothing the engine can use
     */
    SessionDescription reanswer(String endpointId, SessionDescription offer);

    /** Takes the far end's answer to the endpoint's last offer. */
    void accept(String endpointId, SessionDescription answer);

    /** Relays audio and key presses between two endpoints, both ways; either one's earlier partner is let go. */
    void connect(String endpointA, String endpointB);

    /** Ends the relay the endpoint is in, if any. */
    void disconnect(String endpointId);

    /** Plays a sound once to the leg's far end; its end arrives as the connector's playback-finished event. */
    void play(String endpointId, String soundName);

    /**
     * Plays sounds one after the other (from the first again after the last when {@code loop}), replacing what was
     * playing; the endpoint's relay partner is not heard meanwhile.
     */
    void play(String endpointId, List<String> soundNames, boolean loop);

    /**
     * Plays audio that is not in the sound library (a voicemail message) once, replacing what was playing: 8 kHz
     * G.711 µ-law samples; its end arrives as the connector's playback-finished event.
     */
    void playAudio(String endpointId, String name, byte[] mulaw);

    /** Plays a music-on-hold class in a loop until stopped ({@code default} when the class no longer exists). */
    void playMusic(String endpointId, String musicClass);

    /** Stops the playback, if any; a relay the endpoint is in is heard again. */
    void stop(String endpointId);

    /** Records what the far end sends to a WAV file (8 kHz 16-bit PCM) until {@link #stopRecording} or close. */
    default void record(String endpointId, Path wav) {
        record(endpointId, wav, Duration.ZERO);
    }

    /**
     * Records as {@link #record(String, Path)}; when what is received stays silent for {@code endOnSilence} (not
     * zero) the connector reports its silence event once, and the file ends a quarter of a second after the last
     * sound.
     */
    void record(String endpointId, Path wav, Duration endOnSilence);

    /** Ends the recording, completing its file. */
    void stopRecording(String endpointId);

    /** Sends one key press to the far end (RFC 4733, when negotiated). */
    void sendDtmf(String endpointId, char digit);

    /** Closes the endpoint: its ports are released. */
    void close(String endpointId);

    /**
     * An endpoint opened and the SDP answer it gives.
     *
     * @param endpointId the endpoint
     * @param answer     Parley's SDP answer
     */
    record Answered(String endpointId, SessionDescription answer) {
    }

    /**
     * An endpoint opened and the SDP offer it makes.
     *
     * @param endpointId the endpoint
     * @param offer      Parley's SDP offer
     */
    record Offered(String endpointId, SessionDescription offer) {
    }

    /**
     * The engine cannot take the leg now: no free port pair in {@code PARLEY_MEDIA_PORTS}, the engine or the connector
     * not running (a caller is answered 503 Service Unavailable with Retry-After).
     */
    final class Unavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The offer has no stream the engine can take (RFC 3264: answered 488 Not Acceptable Here). */
    final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }
}
