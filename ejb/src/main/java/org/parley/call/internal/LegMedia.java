package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.Call;
import org.parley.call.CallAction;
import org.parley.call.CallEvent;
import org.parley.call.CallMedia;
import org.parley.call.SessionDescription;

/**
 * The endpoints on Parley's media engine that anchor the legs of answered calls (music on hold): carries out the
 * media actions of call control's decisions, one endpoint per leg at most, and closes a call's endpoints when it
 * ends, however it ends. A leg {@link MediaAnchor} anchors ({@code PARLEY_MEDIA_ANCHOR=always}) keeps its endpoint:
 * a hold re-answers on it and plays music to it, and leaves its closing to the anchor.
 */
@ApplicationScoped
public class LegMedia {

    private static final Logger LOG = Logger.getLogger(LegMedia.class.getName());

    @Inject
    CallMedia media;

    @Inject
    MediaAnchor anchor;

    /** Leg id → its endpoint and its call. */
    private final Map<String, Anchor> anchors = new ConcurrentHashMap<>();

    private record Anchor(String callId, String endpointId) {
    }

    /** Whether this class carries the action out. */
    static boolean handles(CallAction action) {
        return action instanceof CallAction.AnswerFromEngine || action instanceof CallAction.OfferFromEngine
                || action instanceof CallAction.PlayMusic || action instanceof CallAction.StopMusic
                || action instanceof CallAction.ReleaseMedia;
    }

    /** Carries out a media action of {@code call}; returns the signalling it leads to. */
    List<CallAction> carryOut(Call call, CallAction action) {
        if (action instanceof CallAction.AnswerFromEngine a) {
            return List.of(answer(call, a));
        }
        if (action instanceof CallAction.OfferFromEngine o) {
            release(o.legId());
            CallMedia.Offered offered = media.offer(o.legId());
            anchors.put(o.legId(), new Anchor(call.id(), offered.endpointId()));
            return List.of(new CallAction.Reoffer(o.legId(), offered.offer()));
        }
        if (action instanceof CallAction.PlayMusic p) {
            endpoint(p.legId()).ifPresent(endpoint -> {
                if (!p.answer().isEmpty()) {
                    media.accept(endpoint, p.answer());
                }
                media.playMusic(endpoint, p.musicClass());
                LOG.log(Level.INFO, "Call {0}: leg {1} held, hears music class {2}",
                        new Object[] {call.id(), p.legId(), p.musicClass()});
            });
        } else if (action instanceof CallAction.StopMusic m) {
            endpoint(m.legId()).ifPresent(media::stop);
        } else if (action instanceof CallAction.ReleaseMedia r) {
            release(r.legId());
        }
        return List.of();
    }

    private CallAction answer(Call call, CallAction.AnswerFromEngine a) {
        try {
            Optional<String> endpoint = endpoint(a.legId());
            SessionDescription answer;
            if (endpoint.isPresent()) {
                answer = media.reanswer(endpoint.get(), a.offer());
            } else {
                CallMedia.Answered answered = media.answer(a.legId(), a.offer());
                anchors.put(a.legId(), new Anchor(call.id(), answered.endpointId()));
                answer = answered.answer();
            }
            return new CallAction.RespondToInvite(a.legId(), a.transactionKey(), 200, answer);
        } catch (CallMedia.Refused e) {
            LOG.log(Level.INFO, "Call {0}: re-INVITE on leg {1} refused with 488: {2}",
                    new Object[] {call.id(), a.legId(), e.getMessage()});
            return new CallAction.RespondToInvite(a.legId(), a.transactionKey(), 488, SessionDescription.none());
        }
    }

    private Optional<String> endpoint(String legId) {
        return Optional.ofNullable(anchors.get(legId)).map(Anchor::endpointId).or(() -> anchor.endpoint(legId));
    }

    private void release(String legId) {
        Anchor anchor = anchors.remove(legId);
        if (anchor != null) {
            media.close(anchor.endpointId());
        }
    }

    void onCall(@Observes CallEvent event) {
        if (event.type() != CallEvent.Type.ENDED) {
            return;
        }
        anchors.entrySet().removeIf(e -> {
            if (e.getValue().callId().equals(event.call().id())) {
                media.close(e.getValue().endpointId());
                return true;
            }
            return false;
        });
    }
}
