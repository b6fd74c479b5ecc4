package org.parley.sipconnector.jain;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Caps the messages handed to the application and not yet finished, so overload is refused (503) instead of queued
 * without bound. Logs once when the cap is first reached and once when there is room again, not per message.
 *
 * <p>New requests are refused at the cap ({@link #tryEnter()}); what the connector owes the application about calls
 * already accepted (leg and registration events) waits for a permit instead ({@link #enterOrWait(Runnable)}) and is
 * served first when one is given back. That queue is bounded by the legs and registrations that exist, since each
 * waits with at most one delivery at a time.
 */
final class InFlightLimit {

    private static final Logger LOG = Logger.getLogger(InFlightLimit.class.getName());

    private final int max;
    private final Semaphore permits;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean saturated = new AtomicBoolean();

    InFlightLimit(int max) {
        this.max = max;
        this.permits = new Semaphore(max);
    }

    /** Takes a permit if one is free and no accepted work waits for one; {@link #exit()} gives it back. */
    boolean tryEnter() {
        if (waiting.isEmpty() && permits.tryAcquire()) {
            if (saturated.compareAndSet(true, false)) {
                LOG.log(Level.INFO, "SIP connector accepting again: fewer than {0} messages in flight", max);
            }
            return true;
        }
        if (saturated.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "SIP connector saturated: {0} messages in flight; refusing new requests with 503",
                    max);
        }
        return false;
    }

    /**
     * Runs {@code granted} holding a permit: at once if one is free, else as soon as one is given back. It must
     * eventually lead to {@link #exit()}.
     */
    void enterOrWait(Runnable granted) {
        if (waiting.isEmpty() && permits.tryAcquire()) {
            granted.run();
            return;
        }
        // Only at the cap does work queue here, so new requests see a non-empty queue only when saturated.
        waiting.add(granted);
        hand();
    }

    void exit() {
        permits.release();
        hand();
    }

    /** Gives free permits to waiting work, oldest first. */
    private void hand() {
        while (!waiting.isEmpty() && permits.tryAcquire()) {
            Runnable next = waiting.poll();
            if (next == null) {
                permits.release();
            } else {
                next.run();
            }
        }
    }

    /** Permits taken and not given back. */
    int inFlight() {
        return max - permits.availablePermits();
    }

    /** Work waiting for a permit (tests). */
    int waiting() {
        return waiting.size();
    }
}
