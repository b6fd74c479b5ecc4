package org.parley.sipconnector.jain;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Admission control for new calls: caps the INVITEs opening a leg that were handed to the application and whose
 * delivery is not over (waiting for a work thread or being decided). Beyond the cap a new call is refused with 503
 * and {@code Retry-After} at once, before any work is spent on it, so the calls already admitted keep the CPU and
 * complete instead of everything slowing down together. Requests within admitted calls are never counted here.
 * Logs once when the cap is first reached and once when calls are admitted again.
 */
final class CallAdmission {

    private static final Logger LOG = Logger.getLogger(CallAdmission.class.getName());

    private final int max;
    private final Semaphore permits;
    private final AtomicBoolean refusing = new AtomicBoolean();

    CallAdmission(int max) {
        this.max = max;
        this.permits = new Semaphore(max);
    }

    /** Admits a new call if fewer than the cap are being set up; {@link #settled()} gives the place back. */
    boolean tryAdmit() {
        if (permits.tryAcquire()) {
            if (refusing.compareAndSet(true, false)) {
                LOG.log(Level.INFO, "SIP connector admitting new calls again: fewer than {0} being set up", max);
            }
            return true;
        }
        if (refusing.compareAndSet(false, true)) {
            LOG.log(Level.WARNING, "SIP connector overloaded: {0} new calls being set up; refusing more with 503",
                    max);
        }
        return false;
    }

    /** The admitted INVITE's delivery is over (delivered, failed, refused or undeliverable). */
    void settled() {
        permits.release();
    }

    /** New calls admitted and not settled. */
    int settingUp() {
        return max - permits.availablePermits();
    }
}
