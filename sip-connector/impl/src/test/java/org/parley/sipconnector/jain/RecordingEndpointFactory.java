package org.parley.sipconnector.jain;

import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.transaction.xa.XAResource;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.RegistrationEvent;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipConnectionFactory;
import org.parley.sipconnector.SipMessageListener;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponse;
import org.parley.sipconnector.media.MediaEvent;

/**
 * Stands in for a message-driven bean: each endpoint records what it receives and answers through a
 * {@link SipConnection}, as the application will.
 */
final class RecordingEndpointFactory implements MessageEndpointFactory {

    /** What the application does with a request. */
    @FunctionalInterface
    interface Behaviour {
        void onRequest(SipRequest request, SipConnection connection) throws Exception;
    }

    /** What the application does with a leg or registration event (after it was recorded). */
    @FunctionalInterface
    interface EventBehaviour<E> {
        void onEvent(E event, SipConnection connection) throws Exception;
    }

    private final SipConnectionFactory connections;
    private volatile Behaviour behaviour;
    private final BlockingQueue<SipRequest> requests = new LinkedBlockingQueue<>();
    private final BlockingQueue<SipResponse> responses = new LinkedBlockingQueue<>();
    private final Recorded<LegEvent> legEvents = new Recorded<>();
    private final Recorded<RegistrationEvent> registrationEvents = new Recorded<>();
    private final Recorded<MediaEvent> mediaEvents = new Recorded<>();
    private volatile EventBehaviour<LegEvent> legBehaviour = (event, connection) -> { };
    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger released = new AtomicInteger();

    RecordingEndpointFactory(SipConnectionFactory connections, Behaviour behaviour) {
        this.connections = connections;
        this.behaviour = behaviour;
    }

    void behave(Behaviour next) {
        this.behaviour = next;
    }

    /** Acts on leg events from now on. */
    void onLegEvents(EventBehaviour<LegEvent> next) {
        this.legBehaviour = next;
    }

    /** Every leg event delivered, in delivery order. */
    Recorded<LegEvent> legEvents() {
        return legEvents;
    }

    /** Every media event delivered, in delivery order. */
    Recorded<MediaEvent> mediaEvents() {
        return mediaEvents;
    }

    Recorded<RegistrationEvent> registrationEvents() {
        return registrationEvents;
    }

    /** Forgets what was delivered so far. */
    void forget() {
        requests.clear();
        responses.clear();
        legEvents.clear();
        registrationEvents.clear();
    }

    /** The next request delivered, waiting at most {@code timeout}. */
    Optional<SipRequest> nextRequest(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(requests.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** The next request with this method, skipping (and dropping) others, waiting at most {@code timeout}. */
    SipRequest nextRequest(String method, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            SipRequest next = left <= 0 ? null : requests.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                throw new AssertionError("no " + method + " delivered within " + timeout);
            }
            if (next.method().equals(method)) {
                return next;
            }
        }
    }

    /** The methods of every request delivered and not taken yet, in order (and forgets them). */
    java.util.List<String> drainMethods() {
        java.util.List<SipRequest> drained = new java.util.ArrayList<>();
        requests.drainTo(drained);
        return drained.stream().map(SipRequest::method).toList();
    }

    Optional<SipResponse> nextResponse(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(responses.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    int endpointsCreated() {
        return created.get();
    }

    /** Waits until every endpoint created so far was released; false if that did not happen within {@code timeout}. */
    synchronized boolean awaitAllReleased(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (released.get() < created.get()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private synchronized void releasedOne() {
        released.incrementAndGet();
        notifyAll();
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xaResource) throws UnavailableException {
        created.incrementAndGet();
        return new Endpoint();
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource xaResource, long timeout) throws UnavailableException {
        return createEndpoint(xaResource);
    }

    @Override
    public boolean isDeliveryTransacted(Method method) {
        return false;
    }

    @Override
    public String getActivationName() {
        return "recording-endpoint";
    }

    @Override
    public Class<?> getEndpointClass() {
        return Endpoint.class;
    }

    private final class Endpoint implements MessageEndpoint, SipMessageListener {

        @Override
        public void onRequest(SipRequest request) {
            requests.add(request);
            try (SipConnection connection = connections.getConnection()) {
                behaviour.onRequest(request, connection);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onResponse(SipResponse response) {
            responses.add(response);
        }

        @Override
        public void onLegEvent(LegEvent event) {
            legEvents.add(event);
            try (SipConnection connection = connections.getConnection()) {
                legBehaviour.onEvent(event, connection);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void onMediaEvent(MediaEvent event) {
            mediaEvents.add(event);
        }

        @Override
        public void onRegistration(RegistrationEvent event) {
            registrationEvents.add(event);
        }

        @Override
        public void beforeDelivery(Method method) {
            // not transacted
        }

        @Override
        public void afterDelivery() {
            // not transacted
        }

        @Override
        public void release() {
            releasedOne();
        }
    }
}
