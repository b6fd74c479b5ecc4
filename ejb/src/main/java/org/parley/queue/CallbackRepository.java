package org.parley.queue;

import java.util.List;

/** Pending queue callbacks, stored so that a restart keeps them ({@code queue_callback}). */
public interface CallbackRepository {

    /** Stores the callback, or its new failure count. */
    void save(StoredCallback callback);

    /** The callback connected or failed: no longer pending. */
    void remove(String id);

    /** A queue's pending callbacks, in the order of their places (entered at, then id). */
    List<StoredCallback> ofQueue(long queueId);
}
