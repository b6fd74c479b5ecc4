package org.parley.sipconnector.jain;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.function.BiFunction;

/**
 * One thing a {@link DeliveryLane} hands to the application in turn: a request opening or belonging to a leg, or an
 * event.
 *
 * @param what          what is delivered, for logs (its {@code toString} is only called when a log line is written)
 * @param holdsPermit   whether an in-flight permit was taken for it already (a request accepted under the cap)
 * @param sheddable     whether it may be dropped when its lane is long (repeated progress, session changes)
 * @param delivery      makes the work that delivers it to an endpoint
 * @param undeliverable what to do when no endpoint is active at its turn
 */
record LaneItem(Object what, boolean holdsPermit, boolean sheddable,
        BiFunction<MessageEndpointFactory, InFlightLimit, Delivery> delivery, Runnable undeliverable) {
}
