package org.parley.call.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.call.AnchorMode;
import org.parley.call.Call;
import org.parley.call.CallEvent;
import org.parley.call.CallLeg;
import org.parley.call.CallMedia;
import org.parley.call.MediaKind;
import org.parley.call.OutgoingLeg;
import org.parley.call.SessionDescription;

/**
 * Calls whose caller side has an endpoint on Parley's media engine from the start, and each destination rung for it an
 * endpoint of its own: the engine relays the caller's endpoint to the one that answers; the others' endpoints are
 * closed when their legs fail, every endpoint when the call ends, however it ends. Two reasons to anchor a call:
 *
 * <ul>
 *   <li>{@link Reason#ALWAYS}: {@code PARLEY_MEDIA_ANCHOR=always} (or a WebRTC caller, which SIP phones do not speak).
 *   The call's own decisions ({@link Call}) still pass session descriptions from one leg to the other as with direct
 *   media; this class stands where they meet the wire. The caller's offer is answered by its endpoint (a late-offer
 *   INVITE gets the endpoint's offer in Parley's 200, the caller's ACK carries its answer); a destination's SDP (1xx
 *   or 2xx) is taken by its endpoint and the caller side's SDP travels on in its place; early media is relayed from
 *   the first 1xx with SDP; a bridge of two anchored legs connects their endpoints. A click-to-dial's origin is
 *   anchored when it answers with its offer.</li>
 *   <li>{@link Reason#WAITING}: Parley's engine plays to a waiting caller (a queue's music, RFC 3960 early media).
 *   When a destination answers, the caller's 200 repeats the answer of its 183, the playback stops and the engine
 *   relays the two endpoints.</li>
 * </ul>
 *
 * Legs dialled once the call is answered (transfer targets, rung without an offer: RFC 3725 re-INVITEs between the
 * phones) are not anchored. A feature that answers the caller itself takes its endpoint over ({@link #handOver}).
 * Used under the call's lock.
 * With {@code needed}, a call is anchored as well when its caller offers WebRTC, or when one of the destinations rung
 * before it is answered needs WebRTC ({@link org.parley.call.Destination#media()}: a browser): then each side gets
 * an endpoint of its own kind, WebRTC for browsers, plain RTP for phones and trunks, relayed by the engine.
 */
@ApplicationScoped
public class MediaAnchor {

    private static final Logger LOG = Logger.getLogger(MediaAnchor.class.getName());

    /** Why a call's caller side is on the engine. */
    enum Reason {
        /** Every call ({@code PARLEY_MEDIA_ANCHOR=always}), or a WebRTC caller. */
        ALWAYS,
        /** The engine plays to the waiting caller (a queue's music) until a destination answers. */
        WAITING
    }

    @Inject
    @ConfigProperty(name = AnchorMode.KEY, defaultValue = "needed")
    String configured;

    @Inject
    CallMedia media;

    private AnchorMode mode;

    /** Call id → its anchor. */
    private final Map<String, Anchored> calls = new ConcurrentHashMap<>();

    /** Leg id → the endpoint anchoring it, for {@link Reason#ALWAYS} (a hold reuses it). */
    private final Map<String, String> endpoints = new ConcurrentHashMap<>();

    /** Endpoint id → the leg whose endpoint it relays to (the bridge's other side). */
    private final Map<String, String> relays = new ConcurrentHashMap<>();

    /** One anchored call: its caller side and the endpoints offered to its destinations; changed under its lock. */
    private static final class Anchored {
        final Reason reason;
        final String legId;
        final String endpointId;
        /** What the caller side receives in Parley's answer: the endpoint's SDP answer, or its offer. */
        final SessionDescription sdp;
        /** The endpoint made an offer (late-offer caller): the caller's ACK brings the answer. */
        boolean awaitingAnswer;
        boolean earlyMediaConnected;
        /** A destination answered and is relayed ({@link Reason#WAITING}). */
        boolean relayed;
        /** Destination leg id → its endpoint. */
        final Map<String, String> destinations = new ConcurrentHashMap<>();

        Anchored(Reason reason, String legId, String endpointId, SessionDescription sdp, boolean awaitingAnswer) {
            this.reason = reason;
            this.legId = legId;
            this.endpointId = endpointId;
            this.sdp = sdp;
            this.awaitingAnswer = awaitingAnswer;
        }

        CallMedia.Answered caller() {
            return new CallMedia.Answered(endpointId, sdp);
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

    /** Whether a caller side offering {@code offer} goes through the engine from the start. */
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
        if (anchors(offer)) {
            anchorCaller(callId, legId, offer);
        }
    }

    private void anchorCaller(String callId, String legId, SessionDescription offer) {
        Anchored side;
        if (offer.isEmpty()) {
            CallMedia.Offered o = media.offer(legId);
            side = new Anchored(Reason.ALWAYS, legId, o.endpointId(), o.offer(), true);
        } else {
            CallMedia.Answered a = media.answer(legId, offer);
            side = new Anchored(Reason.ALWAYS, legId, a.endpointId(), a.answer(), false);
        }
        endpoints.put(legId, side.endpointId);
        calls.put(callId, side);
        LOG.log(Level.FINE, "Call {0}: caller anchored on endpoint {1}", new Object[] {callId, side.endpointId});
    }

    /**
     * The waiting caller of {@code callId} was answered by the engine ({@code caller}, sent in a 183): from now on the
     * call's destinations are offered endpoints, and the one that answers is relayed with it.
     */
    void waiting(String callId, String legId, CallMedia.Answered caller) {
        calls.put(callId, new Anchored(Reason.WAITING, legId, caller.endpointId(), caller.answer(), false));
    }

    /** The engine's endpoint was not used after all (the call ended meanwhile). */
    void discard(CallMedia.Answered caller) {
        close(caller.endpointId());
    }

    /**
     * A leg about to be dialled: a destination of an anchored call not answered yet is offered an endpoint of its own
     * instead of the caller's SDP.
     */
    OutgoingLeg outgoing(String callId, String legId, CallLeg.Role role, boolean answered, OutgoingLeg leg) {
        Anchored side = calls.get(callId);
        if (side == null || role != CallLeg.Role.DESTINATION || answered || side.relayed) {
            return leg;
        }
        CallMedia.Offered o = media.offer(legId, leg.destination().media());
        side.destinations.put(legId, o.endpointId());
        if (side.reason == Reason.ALWAYS) {
            endpoints.put(legId, o.endpointId());
        }
        return leg.withOffer(o.offer());
    }

    /**
     * Destinations about to be rung: when one of them needs WebRTC (a browser) and the call is not anchored yet, its
     * caller side (the caller, or a click-to-dial's origin that answered) is anchored now with {@code callerOffer},
     * so that every destination of the call gets an endpoint of the kind it needs and the two are relayed. A caller
     * the engine cannot take keeps direct media (a browser then refuses the caller's plain offer).
     */
    void destinations(String callId, String callerLegId, SessionDescription callerOffer, List<OutgoingLeg> legs) {
        if (calls.containsKey(callId) || legs.stream().noneMatch(l -> l.destination().media() == MediaKind.WEBRTC)) {
            return;
        }
        try {
            anchorCaller(callId, callerLegId, callerOffer);
            LOG.log(Level.INFO, "Call {0}: a browser among the destinations: media anchored", callId);
        } catch (CallMedia.Refused | CallMedia.Unavailable e) {
            LOG.log(Level.INFO, "Call {0}: the caller cannot be anchored for a browser ({1}): direct media",
                    new Object[] {callId, e.getMessage()});
        }
    }

    /**
     * SDP from a destination anchored for {@link Reason#ALWAYS} (in a 1xx or its 2xx): its endpoint takes it, and the
     * caller side's SDP goes on in its place. Early media is connected to the caller's endpoint (the first 1xx with
     * SDP only); a late-offer caller hears local ringing instead (an offer cannot go in an unreliable 1xx).
     */
    SessionDescription fromDestination(String callId, String legId, boolean finalAnswer, boolean answered,
            SessionDescription body) {
        Anchored side = calls.get(callId);
        String endpoint = endpoints.get(legId);
        if (side == null || side.reason != Reason.ALWAYS || endpoint == null || body.isEmpty()) {
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
     * The call is answered: the body of the caller's 200. For a call anchored for {@link Reason#WAITING}, the
     * destination's answer goes to its endpoint, the playback stops, the engine relays caller and destination, and
     * the caller gets the answer it had in its 183; otherwise {@code body} unchanged.
     */
    SessionDescription answerToCaller(Call call, SessionDescription body) {
        Anchored side = calls.get(call.id());
        if (side == null || side.reason != Reason.WAITING || side.relayed) {
            return body;
        }
        Optional<String> leg = call.answeredBy().map(CallLeg::id).filter(side.destinations::containsKey);
        if (leg.isEmpty()) {
            LOG.log(Level.INFO, "Call {0}: answered by a leg the engine made no offer for", call.id());
            return body;
        }
        String destination = side.destinations.get(leg.get());
        media.accept(destination, body);
        media.stop(side.endpointId);
        media.connect(side.endpointId, destination);
        relays.put(side.endpointId, leg.get());
        relays.put(destination, side.legId);
        side.relayed = true;
        side.destinations.keySet().removeIf(l -> !l.equals(leg.get()) && closed(side, l));
        LOG.log(Level.INFO, "Call {0}: the engine relays the caller and {1}",
                new Object[] {call.id(), call.answeredBy().map(CallLeg::device).orElse("?")});
        return side.sdp;
    }

    /**
     * A click-to-dial's origin answered with its offer: with {@code always} (or when {@code always} is true: its
     * origin hears an announcement), an endpoint answers it and the destinations will be anchored. An offer the engine cannot take leaves the call with direct media.
     */
    void originAnswered(String callId, String legId, boolean answered, SessionDescription offer, boolean always) {
        if (!(always || anchors(offer)) || answered || offer.isEmpty() || calls.containsKey(callId)) {
            return;
        }
        try {
            CallMedia.Answered a = media.answer(legId, offer);
            endpoints.put(legId, a.endpointId());
            calls.put(callId, new Anchored(Reason.ALWAYS, legId, a.endpointId(), a.answer(), false));
        } catch (CallMedia.Refused e) {
            LOG.log(Level.INFO, "Call {0}: the origin''s offer has no codec the engine has ({1}): direct media",
                    new Object[] {callId, e.getMessage()});
        }
    }

    /** The caller's ACK: the answer to the endpoint's offer (late offer) is taken, and goes no further. */
    SessionDescription fromCallerAck(String callId, String legId, SessionDescription body) {
        Anchored side = calls.get(callId);
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
        calls.values().stream().filter(side -> side.destinations.containsKey(legId)).findFirst()
                .ifPresent(side -> closeLeg(side, legId));
    }

    /**
     * The caller's endpoint handed to whoever answers the call itself (a feature code's prompt, a queue's music, a
     * queue's fallback to a mailbox): the anchor lets go of it and closes the destinations' endpoints. Empty when the
     * call is not anchored, its caller has not answered the endpoint's offer, or a destination is relayed already.
     */
    Optional<CallMedia.Answered> handOver(String callId, String legId) {
        Anchored side = calls.get(callId);
        if (side == null || !side.legId.equals(legId) || side.awaitingAnswer || side.relayed) {
            return Optional.empty();
        }
        calls.remove(callId);
        endpoints.remove(legId);
        relays.remove(side.endpointId);
        side.destinations.keySet().removeIf(l -> closed(side, l));
        return Optional.of(side.caller());
    }

    /** What the caller side of an anchored call receives from Parley: its endpoint's answer (or offer). */
    Optional<SessionDescription> callerSdp(String callId) {
        return Optional.ofNullable(calls.get(callId)).map(side -> side.sdp);
    }

    /** The endpoint anchoring the leg for {@link Reason#ALWAYS}, if any (a hold reuses it). */
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
        Anchored side = calls.remove(event.call().id());
        if (side == null) {
            return;
        }
        if (endpoints.remove(side.legId) != null || side.reason == Reason.WAITING) {
            close(side.endpointId);
        }
        side.destinations.keySet().removeIf(l -> closed(side, l));
    }

    /** Closes a destination's endpoint and forgets it. */
    private void closeLeg(Anchored side, String legId) {
        Optional.ofNullable(side.destinations.remove(legId)).ifPresent(this::close);
        endpoints.remove(legId);
    }

    /** Closes a destination's endpoint while its map is being iterated; true, for {@code removeIf}. */
    private boolean closed(Anchored side, String legId) {
        endpoints.remove(legId);
        close(side.destinations.get(legId));
        return true;
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
