package org.parley.sipconnector;

import java.util.Objects;

/**
 * What happened on a leg's media, delivered to {@code SipMessageListener.onMediaEvent} in order with the leg's other
 * events.
 */
public sealed interface MediaEvent {

    /** The leg the media belongs to. */
    String legId();

    /**
     * The far end pressed a key: reported once per press, whichever way it came (RFC 4733 packets on an anchored leg,
     * SIP INFO on any leg) and however often it was repeated.
     */
    record DtmfReceived(String legId, char digit, DtmfMethod method) implements MediaEvent {
        public DtmfReceived {
            Objects.requireNonNull(legId, "legId");
            Objects.requireNonNull(method, "method");
        }
    }

    /**
     * A playback is over: the last sound was played to its end, or it was stopped ({@code stopped}) or replaced.
     */
    record PlaybackFinished(String legId, String endpointId, boolean stopped) implements MediaEvent {
        public PlaybackFinished {
            Objects.requireNonNull(legId, "legId");
            Objects.requireNonNull(endpointId, "endpointId");
        }
    }

    /** No RTP arrived on the endpoint for the configured time: the far end has vanished. Reported once. */
    record MediaTimeout(String legId, String endpointId) implements MediaEvent {
        public MediaTimeout {
            Objects.requireNonNull(legId, "legId");
            Objects.requireNonNull(endpointId, "endpointId");
        }
    }

    /**
     * The audio recorded on the endpoint stayed under the silence threshold for the time its recording was given (a
     * voicemail caller who stopped speaking). Reported once per recording.
     */
    record SilenceDetected(String legId, String endpointId) implements MediaEvent {
        public SilenceDetected {
            Objects.requireNonNull(legId, "legId");
            Objects.requireNonNull(endpointId, "endpointId");
        }
    }
}
