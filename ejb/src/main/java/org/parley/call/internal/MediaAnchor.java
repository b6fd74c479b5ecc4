package org.parley.call.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.call.AnchorMode;
import org.parley.call.CallEvent;
import org.parley.call.CallLeg;
import org.parley.call.CallMedia;
import org.parley.call.OutgoingLeg;
import org.parley.call.SessionDescription;

/**
 * {@code PARLEY_MEDIA_ANCHOR=always}: every call's media through Parley's engine from the start. The call's own
 * decisions ({@link org.parley.call.Call}) still pass session descriptions from one leg to the other as with direct
 * media; this class stands where they meet the wire and puts an engine endpoint on each side:
 *
 * <ul>
 *   <li>the caller's offer is answered by an endpoint of its own (a late-offer INVITE gets the endpoint's offer in
 *   Parley's 200, and the caller's ACK carries its answer);</li>
 *   <li>each destination leg dialled before the call is answered (devices, extra devices, forward targets, trunks,
 *   queue agents) is offered an endpoint of its own; its answer is taken by that endpoint, and the caller side's SDP
 *   travels on in its place;</li>
 *   <li>a bridge of two anchored legs connects their endpoints (relay, µ-law ⇄ A-law when they differ); early media
 *   is connected from the first 1xx with SDP;</li>
 *   <li>a failed leg's endpoint is closed at once, every other one when the call ends, however it ends.</li>
 * </ul>
 *
 * A click-to-dial's origin, rung without an offer, is anchored when it answers with its offer. Legs dialled once the
 * call is answered (transfer targets, rung without an offer: RFC 3725 re-INVITEs between the phones) are not anchored:
 * after a transfer the phones talk directly. With {@code needed} (the default) every method passes through.
 */
@ApplicationScoped
public class MediaAnchor {

    private static final Logger LOG = Logger.getLogger(MediaAnchor.class.getName());

    @Inject
    @ConfigProperty(name = AnchorMode.KEY, defaultValue = "needed")
    String configured;

    @Inject
    CallMedia media;

    private AnchorMode mode;

    /** Call id → its caller side (the endpoint facing the caller or a click-to-dial's origin) and anchored legs. */
    private final Map<String, CallerSide> calls = new ConcurrentHashMap<>();

    /** Leg id → the endpoint anchoring it. */
    private final Map<String, String> endpoints = new ConcurrentHashMap<>();

    /** Endpoint id → the leg whose endpoint it relays to (the bridge's other side). */
    private final Map<String, String> relays = new ConcurrentHashMap<>();

    /** The caller side of an anchored call; changed under the call's lock. */
    private static final class CallerSide {
        final String legId;
        final String endpointId;
        /** What the caller side is to receive in Parley's answer: the endpoint's SDP answer, or its offer. */
        final SessionDescription sdp;
        /** The endpoint made an offer (late-offer caller): the caller's ACK brings the answer. */
        boolean awaitingAnswer;
        boolean earlyMediaConnected;
        final Set<String> legs = ConcurrentHashMap.newKeySet();

        CallerSide(String legId, String endpointId, SessionDescription sdp, boolean awaitingAnswer) {
            this.legId = legId;
            this.endpointId = endpointId;
            this.sdp = sdp;
            this.awaitingAnswer = awaitingAnswer;
            legs.add(legId);
        }
    }

    @PostConstruct
    void init() {
        try {
            mode = AnchorMode.parse(configured);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public AnchorMode mode() {
        return mode;
    }

    /**
     * Whether a call whose caller side offers {@code offer} goes through the engine: always with {@code always};
     * with {@code needed} when the offer is WebRTC, which the other legs (SIP phones, trunks) do not speak.
     */
    private boolean anchors(SessionDescription offer) {
        return mode == AnchorMode.ALWAYS || offer.webRtc();
    }

    /**
     * A new call: with {@code always}, the caller's offer is answered by an endpoint (or, without an offer, the
     * endpoint's offer will go in Parley's 200).
     *
     * @throws CallMedia.Refused when the caller offers no codec the engine has (to be answered 488)
     */
    void caller(String callId, String legId, SessionDescription offer) {
        if (!anchors(offer)) {
            return;
        }
        CallerSide side;
        if (offer.isEmpty()) {
            CallMedia.Offered o = media.offer(legId);
            side = new CallerSide(legId, o.endpointId(), o.offer(), true);
        } else {
            CallMedia.Answered a = media.answer(legId, offer);
            side = new CallerSide(legId, a.endpointId(), a.answer(), false);
        }
        endpoints.put(legId, side.endpointId);
        calls.put(callId, side);
        LOG.log(Level.FINE, "Call {0}: caller anchored on endpoint {1}", new Object[] {callId, side.endpointId});
    }

    /**
     * A leg about to be dialled: a destination of an anchored call not answered yet is offered an endpoint of its own
     * instead of the caller's SDP.
     */
    OutgoingLeg outgoing(String callId, String legId, CallLeg.Role role, boolean answered, OutgoingLeg leg) {
        CallerSide side = calls.get(callId);
        if (side == null || role != CallLeg.Role.DESTINATION || answered) {
            return leg;
        }
        CallMedia.Offered o = media.offer(legId);
        endpoints.put(legId, o.endpointId());
        side.legs.add(legId);
        return leg.withOffer(o.offer());
    }

    /**
     * SDP from an anchored destination (in a 1xx or its 2xx): its endpoint takes it, and the caller side's SDP goes
     * on in its place. Early media is connected to the caller's endpoint (the first 1xx with SDP only); a late-offer
     * caller hears local ringing instead (an offer cannot go in an unreliable 1xx).
     */
    SessionDescription fromDestination(String callId, String legId, boolean finalAnswer, boolean answered,
            SessionDescription body) {
        CallerSide side = calls.get(callId);
        String endpoint = endpoints.get(legId);
        if (side == null || endpoint == null || body.isEmpty()) {
            return body;
        }
        media.accept(endpoint, body);
        if (finalAnswer) {
            return side.sdp;
        }
        if (side.awaitingAnswer) {
            return SessionDescription.none();
        }
        if (!answered && !side.earlyMediaConnected) {
            side.earlyMediaConnected = true;
            media.connect(side.endpointId, endpoint);
        }
        return side.sdp;
    }

    /**
     * A click-to-dial's origin answered with its offer: with {@code always} (or when {@code always} is true: its
     * origin hears an announcement), an endpoint answers it and the
     * destinations will be anchored. An offer the engine cannot take leaves the call with direct media.
     */
    void originAnswered(String callId, String legId, boolean answered, SessionDescription offer, boolean always) {
        if (!(always || anchors(offer)) || answered || offer.isEmpty() || calls.containsKey(callId)) {
            return;
        }
        try {
            CallMedia.Answered a = media.answer(legId, offer);
            endpoints.put(legId, a.endpointId());
            calls.put(callId, new CallerSide(legId, a.endpointId(), a.answer(), false));
        } catch (CallMedia.Refused e) {
            LOG.log(Level.INFO, "Call {0}: the origin''s offer has no codec the engine has ({1}): direct media",
                    new Object[] {callId, e.getMessage()});
        }
    }

    /** The caller's ACK: the answer to the endpoint's offer (late offer) is taken, and goes no further. */
    SessionDescription fromCallerAck(String callId, String legId, SessionDescription body) {
        CallerSide side = calls.get(callId);
        if (side == null || !side.legId.equals(legId) || !side.awaitingAnswer || body.isEmpty()) {
            return body;
        }
        media.accept(side.endpointId, body);
        side.awaitingAnswer = false;
        return SessionDescription.none();
    }

    /** Two legs bridged: when both are anchored, their endpoints relay to each other. */
    void bridged(String legA, String legB) {
        String a = endpoints.get(legA);
        String b = endpoints.get(legB);
        if (a != null && b != null) {
            media.connect(a, b);
            relays.put(a, legB);
            relays.put(b, legA);
        }
    }

    /** The leg an endpoint of the anchor relays to, while it is open. */
    Optional<String> relayedTo(String endpointId) {
        return Optional.ofNullable(relays.get(endpointId));
    }

    /** A leg failed (busy, cancelled, unreachable): its endpoint is closed. */
    void legFailed(String legId) {
        String endpoint = endpoints.remove(legId);
        if (endpoint != null) {
            close(endpoint);
        }
    }

    /**
     * The caller's endpoint handed to whoever answers the call itself (a feature code's prompt): the anchor lets go
     * of it. Empty when the call is not anchored or the caller has not answered the endpoint's offer.
     */
    Optional<CallMedia.Answered> handOver(String callId, String legId) {
        CallerSide side = calls.get(callId);
        if (side == null || !side.legId.equals(legId) || side.awaitingAnswer) {
            return Optional.empty();
        }
        calls.remove(callId);
        endpoints.remove(legId);
        relays.remove(side.endpointId);
        side.legs.remove(legId);
        side.legs.forEach(this::legFailed);
        return Optional.of(new CallMedia.Answered(side.endpointId, side.sdp));
    }

    /** What the caller side of an anchored call receives from Parley: its endpoint's answer (or offer). */
    Optional<SessionDescription> callerSdp(String callId) {
        return Optional.ofNullable(calls.get(callId)).map(side -> side.sdp);
    }

    /** The endpoint anchoring the leg, if any (a hold reuses it). */
    Optional<String> endpoint(String legId) {
        return Optional.ofNullable(endpoints.get(legId));
    }

    /** How many calls are anchored (for tests and diagnostics). */
    int anchoredCalls() {
        return calls.size();
    }

    void onCall(@Observes CallEvent event) {
        if (event.type() != CallEvent.Type.ENDED) {
            return;
        }
        CallerSide side = calls.remove(event.call().id());
        if (side != null) {
            side.legs.forEach(this::legFailed);
        }
    }

    private void close(String endpoint) {
        relays.remove(endpoint);
        try {
            media.close(endpoint);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Media endpoint {0} could not be closed: {1}", new Object[] {endpoint, e.getMessage()});
        }
    }
}
