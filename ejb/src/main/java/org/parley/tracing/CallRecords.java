package org.parley.tracing;

import java.util.List;
import org.parley.platform.paging.Page;
import org.parley.platform.paging.PageRequest;

/** Finding call detail records. */
public interface CallRecords {

    /** Records matching the query, newest first, a page at a time. */
    Page<CallRecordView> search(CallRecordQuery query, PageRequest page);

    /** Every record matching the query, newest first, up to {@code limit} (for CSV export). */
    List<CallRecordView> export(CallRecordQuery query, int limit);

    /** Records not written to the database yet. */
    int pending();
}
