package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.Call;
import org.parley.call.CallEvent;
import org.parley.call.CallLeg;
import org.parley.call.CallMedia;
import org.parley.call.CallState;
import org.parley.call.SessionDescription;

/**
 * Calls whose waiting caller Parley's media engine answers (a queue's music, RFC 3960 early media): the caller's
 * endpoint and its answer, and the endpoint offered to each destination leg rung for the call. When a destination
 * answers, the caller gets the same answer in its 200 and the engine relays the two endpoints; the other destinations'
 * endpoints are closed. Every endpoint is closed when the call ends, however it ends. Used under the call's lock.
 */
@ApplicationScoped
public class MediaAnchors {

    private static final Logger LOG = Logger.getLogger(MediaAnchors.class.getName());

    @Inject
    CallMedia media;

    private final Map<String, Anchor> anchors = new ConcurrentHashMap<>();

    /** One anchored call: the caller's endpoint, the answer it gave, the destinations' endpoints by leg. */
    private static final class Anchor {
        private final CallMedia.Answered caller;
        private final Map<String, String> destinations = new HashMap<>();
        private boolean relayed;

        Anchor(CallMedia.Answered caller) {
            this.caller = caller;
        }
    }

    /** The caller's offer was answered by the engine: from now on the call's destinations are offered endpoints. */
    void anchor(String callId, CallMedia.Answered caller) {
        anchors.put(callId, new Anchor(caller));
    }

    /** Whether the call's caller is answered by the engine (its destinations are offered endpoints). */
    boolean anchored(String callId) {
        return anchors.containsKey(callId);
    }

    /** The engine's endpoint was not used after all (the call ended meanwhile). */
    void discard(CallMedia.Answered caller) {
        media.close(caller.endpointId());
    }

    /**
     * The offer for a destination leg about to be rung: an endpoint of the engine while the call is anchored and not
     * answered yet; the endpoints of its earlier destination legs that are over are closed first.
     */
    Optional<SessionDescription> offerFor(Call call, String legId, org.parley.call.MediaKind kind) {
        Anchor anchor = anchors.get(call.id());
        if (anchor == null || anchor.relayed || call.state() == CallState.ANSWERED) {
            return Optional.empty();
        }
        closeOverLegs(call, anchor);
        CallMedia.Offered offered = media.offer(legId, kind);
        anchor.destinations.put(legId, offered.endpointId());
        return Optional.of(offered.offer());
    }

    /**
     * The call is answered: the body of the caller's 200. For an anchored call, the destination's answer goes to its
     * endpoint, the playback stops, the engine relays caller and destination, and the caller gets the answer it had
     * in its 183; otherwise {@code body} unchanged.
     */
    SessionDescription answerToCaller(Call call, SessionDescription body) {
        Anchor anchor = anchors.get(call.id());
        if (anchor == null || anchor.relayed) {
            return body;
        }
        Optional<String> leg = call.answeredBy().map(CallLeg::id).filter(anchor.destinations::containsKey);
        if (leg.isEmpty()) {
            LOG.log(Level.INFO, "Call {0}: answered by a leg the engine made no offer for", call.id());
            return body;
        }
        String destination = anchor.destinations.get(leg.get());
        media.accept(destination, body);
        media.stop(anchor.caller.endpointId());
        media.connect(anchor.caller.endpointId(), destination);
        anchor.relayed = true;
        anchor.destinations.entrySet().removeIf(e -> {
            if (e.getKey().equals(leg.get())) {
                return false;
            }
            media.close(e.getValue());
            return true;
        });
        LOG.log(Level.INFO, "Call {0}: the engine relays the caller and {1}",
                new Object[] {call.id(), call.answeredBy().map(CallLeg::device).orElse("?")});
        return anchor.caller.answer();
    }

    /**
     * Parley itself takes the anchored caller (a queue's fallback to a mailbox): the call is no longer anchored, the
     * destinations' endpoints are closed, and the caller's endpoint with the answer of its 183 is returned, to answer
     * the call with the same SDP; empty when the call is not anchored or already relayed.
     */
    Optional<CallMedia.Answered> handOver(String callId) {
        Anchor anchor = anchors.get(callId);
        if (anchor == null || anchor.relayed) {
            return Optional.empty();
        }
        anchors.remove(callId);
        anchor.destinations.values().forEach(media::close);
        return Optional.of(anchor.caller);
    }

    private void closeOverLegs(Call call, Anchor anchor) {
        for (CallLeg leg : call.legs()) {
            if (leg.isOver()) {
                Optional.ofNullable(anchor.destinations.remove(leg.id())).ifPresent(media::close);
            }
        }
    }

    void onCall(@Observes CallEvent event) {
        if (event.type() != CallEvent.Type.ENDED) {
            return;
        }
        Anchor anchor = anchors.remove(event.call().id());
        if (anchor != null) {
            media.close(anchor.caller.endpointId());
            anchor.destinations.values().forEach(media::close);
        }
    }
}
