package org.parley.tracing;

import java.util.List;

/** Stored call records. */
public interface CallRecordRepository {

    /** Stores records in one transaction. */
    void addAll(List<CallRecord> records);

    List<CallRecord> find(CallRecordQuery query, int offset, int limit);

    long count(CallRecordQuery query);
}
