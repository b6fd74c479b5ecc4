package org.parley.call;

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

    /** Plays a sound once to the leg's far end; its end arrives as the connector's playback-finished event. */
    void play(String endpointId, String soundName);

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

    /** The offer has no stream the engine can take (RFC 3264: answered 488 Not Acceptable Here). */
    final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }
}
