package org.parley.sipconnector.jain;

import java.util.function.Consumer;
import org.parley.sipconnector.media.MediaEvent;

/**
 * Delivers media events on their leg's lane, in order with the leg's own events; an event of a leg that is over
 * (a late playback end) gets a lane of its own.
 */
final class MediaEventLanes implements Consumer<MediaEvent> {

    private final CallContext ctx;

    MediaEventLanes(CallContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void accept(MediaEvent event) {
        DeliveryLane lane = ctx.legs.find(event.legId()).map(leg -> leg.lane)
                .orElseGet(() -> ctx.newLane("media of leg " + event.legId()));
        lane.submit(EventDelivery.of(event));
    }
}
