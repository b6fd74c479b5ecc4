package org.parley.tracing;

import java.util.List;

/** Stored calls in progress ({@link CallInProgress}). */
public interface CallInProgressRepository {

    /** Stores (or updates) what is known of calls in progress, in one transaction. */
    void saveAll(List<CallInProgress> calls);

    /** Every call in progress stored: after a crash, those it interrupted. */
    List<CallInProgress> all();
}
