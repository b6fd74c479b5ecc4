package org.parley.sipconnector.media;

import java.util.logging.Logger;

/**
 * The lifecycle of an {@link Endpoint}: opened with its ports, negotiated by offer/answer (again on every
 * re-negotiation), closed for good. An illegal transition throws.
 */
enum EndpointState {
    /** Ports reserved, no offer/answer yet: nothing is sent, what arrives is ignored. */
    OPEN,
    /** Codec, far end and direction settled: RTP flows. */
    NEGOTIATED,
    /** Ports released; every command is refused. */
    CLOSED;

    private static final Logger LOG = Logger.getLogger(EndpointState.class.getName());

    /** What makes an endpoint change state. */
    enum Trigger { NEGOTIATE, CLOSE }

    /**
     * The state after {@code trigger}.
     *
     * @throws MediaUnavailableException for a negotiation on a closed endpoint
     */
    EndpointState on(Trigger trigger) {
        return switch (trigger) {
            case NEGOTIATE -> {
                if (this == CLOSED) {
                    LOG.warning("Illegal media endpoint transition: NEGOTIATE in CLOSED");
                    throw new MediaUnavailableException("a closed media endpoint cannot negotiate");
                }
                yield NEGOTIATED;
            }
            case CLOSE -> CLOSED;
        };
    }
}
