package org.parley.call.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.call.Call;
import org.parley.call.CallAction;
import org.parley.call.CallState;
import org.parley.call.LegView;
import org.parley.sipconnector.MediaEvent;

/**
 * {@code PARLEY_MEDIA_RTP_TIMEOUT}: an answered call whose anchored leg's far end stopped sending RTP is hung up by
 * Parley (every answered leg gets a BYE; the record is an answered call ended by Parley, as a hang-up through the
 * API). The engine reports a timeout once per negotiation or new partner, and never for a stream on hold.
 */
@ApplicationScoped
public class RtpTimeouts {

    private static final Logger LOG = Logger.getLogger(RtpTimeouts.class.getName());

    @Inject
    CallRegistry registry;

    @Inject
    CallEngine engine;

    @Inject
    MediaAnchor anchor;

    void onTimeout(@Observes MediaEvent.MediaTimeout timeout) {
        Optional<Call> call = registry.byLeg(timeout.legId());
        if (call.isEmpty()) {
            LOG.log(Level.FINE, "RTP timeout on leg {0} of no call in progress ignored", timeout.legId());
            return;
        }
        engine.decide(call.get(), (c, now) -> {
            if (!endsCall(c, timeout.legId(), timeout.endpointId(), anchor::relayedTo)) {
                LOG.log(Level.FINE, "Call {0}: RTP timeout on leg {1} ignored (not an answered leg whose media the "
                        + "engine carries)", new Object[] {c.id(), timeout.legId()});
                return new ArrayList<CallAction>();
            }
            LOG.log(Level.INFO, "Call {0} hung up: no RTP from {1} (leg {2}) within the RTP timeout",
                    new Object[] {c.id(), party(c, timeout.legId()), timeout.legId()});
            return c.hangup(now);
        });
    }

    /**
     * Whether an RTP timeout on {@code legId}'s endpoint ends the call: the call is answered (no transfer under way,
     * not on hold: a hold re-INVITE relayed between the phones leaves the engine's negotiation as it was),
     * the leg is one of its answered legs, and the endpoint still carries the leg's media: either it plays to the
     * leg on its own (a prompt, music), or it relays to the leg's current partner. An anchored endpoint left relaying
     * to a leg that is no longer the partner (after a transfer the phones talk directly) owes no RTP any more.
     *
     * @param relayedTo endpoint id → the leg its endpoint is connected to by the anchor, if any
     */
    static boolean endsCall(Call call, String legId, String endpointId, Function<String, Optional<String>> relayedTo) {
        if (call.state() != CallState.ANSWERED || call.held()) {
            return false;
        }
        boolean answeredLeg = call.legs().stream()
                .anyMatch(l -> l.id().equals(legId) && l.state().isAnswered());
        if (!answeredLeg) {
            return false;
        }
        Optional<String> bridgedTo = relayedTo.apply(endpointId);
        return bridgedTo.isEmpty() || call.partnerOf(legId).map(LegView::id).equals(bridgedTo);
    }

    private static String party(Call call, String legId) {
        return call.legs().stream().filter(l -> l.id().equals(legId)).findFirst()
                .map(l -> l.party().number()).orElse("?");
    }
}
