package org.parley.web.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.parley.call.CallService;
import org.parley.sipconnector.MediaEvent;

/**
 * Key presses on {@code /api/events} as {@code call.dtmf}: one event per press, whichever way the phone sent it (RFC
 * 4733 on an anchored leg, SIP INFO on any leg). The leg is the one listed in the call's {@code legs} by the
 * {@code call.*} events, the call its {@code id} there.
 */
@ApplicationScoped
public class DtmfEvents {

    static final String NAME = "call.dtmf";

    @Inject
    LiveEvents live;

    @Inject
    CallService calls;

    void onMedia(@Observes MediaEvent event) {
        if (event instanceof MediaEvent.DtmfReceived dtmf) {
            Optional<String> call = calls.callOfLeg(dtmf.legId());
            live.publishAboutCall(NAME, DtmfDto.of(dtmf, call, Instant.now()), call.flatMap(calls::find));
        }
    }

    /** The data of a {@code call.dtmf} event. */
    public static class DtmfDto {
        public String type;
        public String at;
        /** The call the key was pressed in (its {@code id} in the {@code call.*} events); absent once it is over. */
        public String call;
        /** The leg the key was pressed on. */
        public String leg;
        /** {@code 0-9}, {@code *}, {@code #}, {@code A-D}. */
        public String digit;
        /** {@code RFC4733} or {@code SIP_INFO}. */
        public String method;

        static DtmfDto of(MediaEvent.DtmfReceived e, Optional<String> call, Instant at) {
            DtmfDto d = new DtmfDto();
            d.type = NAME;
            d.at = at.toString();
            d.call = call.orElse(null);
            d.leg = e.legId();
            d.digit = String.valueOf(e.digit());
            d.method = e.method().name();
            return d;
        }
    }
}
