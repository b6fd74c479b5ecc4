package org.parley.sipconnector.jain;

import gov.nist.javax.sip.EventScanner;
import gov.nist.javax.sip.EventWrapper;
import gov.nist.javax.sip.ListeningPointImpl;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.stack.UDPMessageProcessor;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.ObjectInUseException;

/**
 * Starts and stops JAIN-SIP 1.3.0-91 listening points and stacks so that a stop ends every thread, working around
 * three of its defects:
 * <ol>
 * <li>a UDP listening point's workers are made by its own thread after it was created, and a stop before then fails
 *     and leaks them;</li>
 * <li>a TCP listening point whose port could not be bound stays registered without a socket, and the stack's stop
 *     fails on it before ending its other threads;</li>
 * <li>the stop leaves the non-daemon event scanner thread waiting on its empty queue for ever.</li>
 * </ol>
 */
final class StackLifecycle {

    private static final Logger LOG = Logger.getLogger(StackLifecycle.class.getName());

    private static final Duration WORKER_START_TIMEOUT = Duration.ofSeconds(10);
    private static final long WORKER_START_POLL_NANOS = 50_000;
    /** {@code UDPMessageProcessor.messageChannels}: its worker channels, filled by its thread once it runs. */
    private static final VarHandle UDP_WORKERS = udpWorkersHandle();

    private StackLifecycle() {
    }

    private static VarHandle udpWorkersHandle() {
        try {
            return MethodHandles.privateLookupIn(UDPMessageProcessor.class, MethodHandles.lookup())
                    .findVarHandle(UDPMessageProcessor.class, "messageChannels", LinkedList.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError("this JAIN-SIP has no UDPMessageProcessor.messageChannels: " + e);
        }
    }

    /**
     * Returns once a UDP listening point's {@code workers} worker channels exist (well under a millisecond after it
     * was created); before then, stopping it fails with a NullPointerException or ConcurrentModificationException
     * and leaks the workers. Other listening points are started when created.
     */
    static void awaitStarted(ListeningPoint lp, int workers) {
        if (!(((ListeningPointImpl) lp).getMessageProcessor() instanceof UDPMessageProcessor udp)) {
            return;
        }
        long deadline = System.nanoTime() + WORKER_START_TIMEOUT.toNanos();
        while (startedWorkers(udp) < workers) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("JAIN-SIP's UDP workers did not start within " + WORKER_START_TIMEOUT);
            }
            LockSupport.parkNanos(WORKER_START_POLL_NANOS);
        }
    }

    private static int startedWorkers(UDPMessageProcessor udp) {
        List<?> channels = (List<?>) UDP_WORKERS.getAcquire(udp);
        return channels == null ? 0 : channels.size();
    }

    /**
     * Stops a stack and every thread it started. {@code started} are the listening points that were created
     * successfully; any other the stack still holds failed to bind and is taken out first.
     */
    static void stop(SipStackImpl stack, List<ListeningPoint> started) {
        discardUnbound(stack, started);
        EventScanner scanner = stack.getEventScanner();
        stack.stop();
        if (scanner != null) {
            // The scanner checks its stop flag only between events: one harmless event lets it see it and end.
            scanner.addEvent(new EventWrapper(new IOExceptionEvent(stack, "", 0, ""), null));
        }
    }

    /**
     * JAIN-SIP unregisters the processor of a deleted listening point before stopping it, and stopping one that
     * never bound its socket throws a NullPointerException: expected here, and harmless once it is unregistered.
     */
    private static void discardUnbound(SipStackImpl stack, List<ListeningPoint> started) {
        List<ListeningPoint> held = new ArrayList<>();
        for (Iterator<?> all = stack.getListeningPoints(); all.hasNext(); ) {
            held.add((ListeningPoint) all.next());
        }
        for (ListeningPoint lp : held) {
            if (!started.contains(lp)) {
                try {
                    stack.deleteListeningPoint(lp);
                } catch (NullPointerException | ObjectInUseException e) {
                    LOG.log(Level.FINE, "Unbound {0} listening point discarded ({1})",
                            new Object[] {lp.getTransport(), e});
                }
            }
        }
    }
}
