package org.parley.sipconnector.jain;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the media engine's threads (receiver and pacer): daemon threads of the resource adapter, at a raised
 * priority so that the 20 ms pacing keeps its rhythm under load; the engine ends them in its stop.
 */
final class MediaThreads implements ThreadFactory {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable work) {
        Thread thread = new Thread(work, "parley-media-" + count.incrementAndGet());
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
        return thread;
    }
}
