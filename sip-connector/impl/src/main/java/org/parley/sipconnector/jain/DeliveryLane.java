package org.parley.sipconnector.jain;

import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers what concerns one leg (or one outbound registration) to the application one item at a time, in the order
 * it happened: the next item is scheduled only once the previous delivery is over. Each item is one {@code Work} under
 * the in-flight cap; an item that has no permit waits for one rather than being dropped, so a leg's terminal event
 * always arrives. A lane holds at most {@value #MAX_QUEUED} items: beyond that, sheddable ones (progress, session
 * changes) are dropped, never answers, confirmations or ends.
 */
final class DeliveryLane {

    private static final Logger LOG = Logger.getLogger(DeliveryLane.class.getName());

    static final int MAX_QUEUED = 32;

    private final String name;
    private final InFlightLimit limit;
    private final MessageEndpoints endpoints;
    private final WorkManager workManager;
    private final ArrayDeque<LaneItem> queue = new ArrayDeque<>(4);
    private boolean busy;
    private boolean held;

    DeliveryLane(String name, InFlightLimit limit, MessageEndpoints endpoints, WorkManager workManager) {
        this.name = name;
        this.limit = limit;
        this.endpoints = endpoints;
        this.workManager = workManager;
    }

    /** Queues {@code item} behind what this lane has not delivered yet. */
    void submit(LaneItem item) {
        synchronized (this) {
            if (queue.size() >= MAX_QUEUED && item.sheddable()) {
                LOG.log(Level.FINE, "{0}: {1} dropped, {2} deliveries already waiting",
                        new Object[] {name, item.what(), queue.size()});
                if (item.holdsPermit()) {
                    limit.exit();
                }
                return;
            }
            queue.add(item);
            if (busy || held) {
                return;
            }
            busy = true;
        }
        startNext();
    }

    /** Keeps what is submitted from now on until {@link #release()} (a new leg, until its id is handed out). */
    synchronized void hold() {
        held = true;
    }

    /** Starts delivering what was held. */
    void release() {
        synchronized (this) {
            held = false;
            if (busy || queue.isEmpty()) {
                return;
            }
            busy = true;
        }
        startNext();
    }

    /** Starts the head item: with its own permit, or once one is free. Clears {@code busy} when empty. */
    private void startNext() {
        LaneItem head;
        synchronized (this) {
            head = queue.peek();
            if (head == null) {
                busy = false;
                return;
            }
        }
        if (head.holdsPermit()) {
            deliverHead();
        } else {
            limit.enterOrWait(this::deliverHead);
        }
    }

    /** Holding a permit for the head item: hands it to the work manager. */
    private void deliverHead() {
        LaneItem item;
        synchronized (this) {
            item = queue.poll();
        }
        Optional<MessageEndpointFactory> endpoint = endpoints.current();
        if (item == null || endpoint.isEmpty()) {
            if (item != null) {
                LOG.log(Level.FINE, "{0}: no SIP endpoint active; {1} not delivered", new Object[] {name, item.what()});
                item.undeliverable().run();
            }
            limit.exit();
            startNext();
            return;
        }
        Delivery delivery = item.delivery().apply(endpoint.get(), limit).whenSettled(this::startNext);
        try {
            workManager.scheduleWork(delivery, WorkManager.INDEFINITE, null, Delivery.REFUSALS);
        } catch (WorkException e) {
            delivery.refused(e);
        }
    }

}
