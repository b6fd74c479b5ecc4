package org.parley.sip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.parley.call.CallControl;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.LegEvent;

/** Hands what happens on the connector's legs to call control. */
@ApplicationScoped
public class LegEvents {

    @Inject
    CallControl calls;

    public void handle(LegEvent event) {
        if (event instanceof LegEvent.Progress p) {
            calls.progress(p.legId(), p.statusCode(), SdpBodies.of(p.body()));
        } else if (event instanceof LegEvent.Answered a) {
            calls.answered(a.legId(), SdpBodies.of(a.body()));
        } else if (event instanceof LegEvent.Failed f) {
            calls.failed(f.legId(), f.statusCode());
        } else if (event instanceof LegEvent.Confirmed c) {
            calls.confirmed(c.legId(), SdpBodies.of(c.body()));
        } else if (event instanceof LegEvent.Cancelled c) {
            calls.cancelled(c.legId());
        } else if (event instanceof LegEvent.Modified m) {
            calls.modified(m.legId(), SdpBodies.of(m.body()));
        } else if (event instanceof LegEvent.Reoffered r) {
            calls.reoffered(r.legId(), r.statusCode(), SdpBodies.of(r.body()));
        } else if (event instanceof LegEvent.Ended e && e.cause() == EndCause.PARTNER_HANGUP) {
            calls.endedByPartner(e.legId());
        } else if (event instanceof LegEvent.Ended e) {
            calls.ended(e.legId(), e.cause() == EndCause.REMOTE_HANGUP);
        }
    }
}
