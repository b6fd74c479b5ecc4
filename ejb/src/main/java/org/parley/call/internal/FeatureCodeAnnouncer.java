package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.CallEvent;
import org.parley.call.CallMedia;
import org.parley.call.CallerLeg;
import org.parley.call.SessionDescription;
import org.parley.sipconnector.MediaEvent;

/**
 * The voice of a call Parley answers itself to confirm something (a feature code, an agent logging in): the caller's
 * offer is answered by the media engine, the prompt is played, and the call is hung up when the prompt has been
 * played to its end. The endpoint is closed when the call ends, however it ends.
 */
@ApplicationScoped
public class FeatureCodeAnnouncer {

    private static final Logger LOG = Logger.getLogger(FeatureCodeAnnouncer.class.getName());

    @Inject
    CallMedia media;

    @Inject
    CallEngine engine;

    @Inject
    MediaAnchor anchor;


    /** Endpoint id → call id, for the calls whose prompt is playing or played. */
    private final Map<String, String> endpoints = new ConcurrentHashMap<>();

    /**
     * Opens an endpoint for the caller's leg and answers its offer.
     *
     * @throws CallMedia.Refused when the offer has no codec the engine has
     */
    CallMedia.Answered open(String callId, CallerLeg caller, SessionDescription offer) {
        Optional<CallMedia.Answered> anchored = anchor.handOver(callId, caller.legId());
        if (anchored.isPresent()) {
            return anchored.get(); // always, or a queue's caller hearing music: answered with the same SDP
        }
        if (offer.isEmpty()) {
            throw new CallMedia.Refused("the INVITE has no offer (a late offer is not taken for a code)");
        }
        return media.answer(caller.legId(), offer);
    }

    /** The call was answered with the endpoint's SDP: plays the prompt, to hang up when it is over. */
    void play(String callId, CallMedia.Answered answered, String prompt) {
        endpoints.put(answered.endpointId(), callId);
        LOG.log(Level.INFO, "Call {0} answered by Parley: playing {1}", new Object[] {callId, prompt});
        media.play(answered.endpointId(), prompt);
    }

    /** The call could not be answered after all (its caller hung up meanwhile): the endpoint is released. */
    void discard(CallMedia.Answered answered) {
        media.close(answered.endpointId());
    }

    void onPlaybackFinished(@Observes MediaEvent.PlaybackFinished finished) {
        String callId = endpoints.get(finished.endpointId());
        if (callId != null) {
            engine.onCall(callId, call -> engine.decide(call, (c, now) -> c.hangup(now)));
        }
    }

    void onCall(@Observes CallEvent event) {
        if (event.type() != CallEvent.Type.ENDED) {
            return;
        }
        endpoints.entrySet().removeIf(e -> {
            if (e.getValue().equals(event.call().id())) {
                media.close(e.getKey());
                return true;
            }
            return false;
        });
    }
}
