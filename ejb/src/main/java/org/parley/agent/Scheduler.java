package org.parley.agent;

import java.time.Duration;

/** Runs something later (wrap-up ends, queue timeouts): a container-managed scheduler, or virtual time in tests. */
public interface Scheduler {

    /** Runs {@code task} after {@code delay}, unless cancelled first. */
    Scheduled after(Duration delay, Runnable task);

    /** Something scheduled. */
    interface Scheduled {
        /** Cancels it (nothing happens when it already ran). */
        void cancel();
    }
}
