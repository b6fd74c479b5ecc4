package org.parley.sipconnector.jain;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkAdapter;
import jakarta.resource.spi.work.WorkEvent;
import jakarta.resource.spi.work.WorkListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.sipconnector.SipMessageListener;

/**
 * One message handed to the application on a work thread: an endpoint instance is created, given the message and
 * released; the in-flight permit taken on the SIP thread is given back exactly once, whether the work ran or the
 * work manager refused it.
 */
abstract class Delivery implements Work {

    /** Passed with every scheduled delivery: a work refused after it was accepted still gives its permit back. */
    static final WorkListener REFUSALS = new WorkAdapter() {
        @Override
        public void workRejected(WorkEvent event) {
            if (event.getWork() instanceof Delivery delivery) {
                delivery.refused(event.getException());
            }
        }
    };

    private final MessageEndpointFactory endpoints;
    private final InFlightLimit limit;
    private final AtomicBoolean settled = new AtomicBoolean();
    private volatile Runnable whenSettled;
    private volatile Runnable onSettled;

    Delivery(MessageEndpointFactory endpoints, InFlightLimit limit) {
        this.endpoints = endpoints;
        this.limit = limit;
    }

    @Override
    public final void run() {
        MessageEndpoint endpoint;
        try {
            endpoint = endpoints.createEndpoint(null);
        } catch (UnavailableException | RuntimeException e) {
            noEndpointInstance(e);
            settle();
            return;
        }
        try {
            deliver((SipMessageListener) endpoint);
            delivered();
        } catch (RuntimeException e) {
            listenerFailed(e);
        } finally {
            settle();
            endpoint.release();
        }
    }

    /** The work manager would not run this delivery. */
    final void refused(Exception cause) {
        if (settle()) {
            workRefused(cause);
        }
    }

    private boolean settle() {
        if (settled.compareAndSet(false, true)) {
            limit.exit();
            Runnable own = onSettled;
            if (own != null) {
                own.run();
            }
            Runnable next = whenSettled;
            if (next != null) {
                next.run();
            }
            return true;
        }
        return false;
    }

    /** Runs {@code next} once this delivery is over (delivered, failed or refused) and its permit given back. */
    final Delivery whenSettled(Runnable next) {
        this.whenSettled = next;
        return this;
    }

    /** Runs {@code settled} once this delivery is over, before what {@link #whenSettled} names (set by the creator). */
    final Delivery onSettled(Runnable settled) {
        this.onSettled = settled;
        return this;
    }

    /** Nothing to interrupt: a delivery ends when the listener returns. */
    @Override
    public void release() {
        // the listener call cannot be cut short from here
    }

    /** Hands the message to the listener. */
    abstract void deliver(SipMessageListener listener);

    /** After the listener returned normally. */
    abstract void delivered();

    /** No endpoint instance could be created (the pool is exhausted or the application is stopping). */
    abstract void noEndpointInstance(Exception cause);

    /** The listener threw. */
    abstract void listenerFailed(RuntimeException cause);

    /** The work manager refused to run this delivery. */
    abstract void workRefused(Exception cause);
}
