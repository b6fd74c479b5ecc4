package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.Call;
import org.parley.call.CallAction;
import org.parley.call.CallEvent;
import org.parley.call.CallLeg;
import org.parley.call.CallMedia;
import org.parley.call.CallSignalling;
import org.parley.call.SessionDescription;
import org.parley.sipconnector.MediaEvent;

/**
 * Click-to-dial with an announcement for the origin (a queue callback's "callback for …"): when the origin answers,
 * its offer is answered by an engine endpoint at once (ACK with the endpoint's answer, whatever the anchor mode), the
 * sounds are played to it, and only when they are over is the destination dialled, with the endpoint's offer; its
 * answer stays with the engine (the origin's dialog has had its ACK) and the two endpoints are bridged.
 */
@ApplicationScoped
public class OriginAnnouncements {

    private static final Logger LOG = Logger.getLogger(OriginAnnouncements.class.getName());

    @Inject
    CallEngine engine;

    @Inject
    MediaAnchor anchor;

    @Inject
    CallMedia media;

    @Inject
    CallSignalling signalling;

    /** Call id → the sounds its origin is to hear before the destination is dialled. */
    private final Map<String, List<String>> pending = new ConcurrentHashMap<>();

    /** Endpoint id → the call whose origin it plays the announcement to. */
    private final Map<String, String> playing = new ConcurrentHashMap<>();

    /** Origin legs acknowledged with the endpoint's answer: the destination's answer is not sent to them again. */
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    void expect(String callId, List<String> sounds) {
        if (!sounds.isEmpty()) {
            pending.put(callId, List.copyOf(sounds));
        }
    }

    /** Whether the call's origin must be anchored when it answers, whatever the anchor mode. */
    boolean anchorsOrigin(String callId) {
        return pending.containsKey(callId);
    }

    /**
     * The call is about to dial its destination: when its origin is to hear an announcement first, it is acknowledged
     * and played to instead, and true is returned (the destination is dialled when the playback is over).
     */
    boolean holdsBack(Call call) {
        List<String> sounds = pending.remove(call.id());
        if (sounds == null) {
            return false;
        }
        Optional<CallLeg> origin = call.legs().stream()
                .filter(l -> l.role() == CallLeg.Role.ORIGIN && l.answeredAt().isPresent() && !l.isOver()).findFirst();
        Optional<String> endpoint = origin.flatMap(o -> anchor.endpoint(o.id()));
        Optional<SessionDescription> answer = anchor.callerSdp(call.id());
        if (endpoint.isEmpty() || answer.isEmpty()) {
            LOG.log(Level.INFO, "Call {0}: the origin is not anchored, no announcement", call.id());
            return false;
        }
        signalling.acknowledge(origin.get().id(), answer.get());
        acknowledged.add(origin.get().id());
        playing.put(endpoint.get(), call.id());
        media.play(endpoint.get(), sounds, false);
        LOG.log(Level.INFO, "Call {0}: announcing {1} to the origin before dialling", new Object[] {call.id(), sounds});
        return true;
    }

    /** Whether the leg already had its ACK with an endpoint's answer. */
    boolean acknowledged(String legId) {
        return acknowledged.contains(legId);
    }

    void onPlaybackFinished(@Observes MediaEvent.PlaybackFinished finished) {
        String callId = playing.remove(finished.endpointId());
        if (callId != null) {
            engine.onCall(callId, call -> engine.decide(call, (c, now) -> c.isOver() ? List.of()
                    : List.of(new CallAction.DialDestination(SessionDescription.none()))));
        }
    }

    void onCall(@Observes CallEvent event) {
        if (event.type() == CallEvent.Type.ENDED) {
            String callId = event.call().id();
            pending.remove(callId);
            playing.values().removeIf(callId::equals);
            event.call().legs().forEach(l -> acknowledged.remove(l.id()));
        }
    }
}
