package org.parley.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A pending queue callback as stored in {@code queue_callback}: a restart puts it back in its queue's line. */
@Entity
@Table(name = "queue_callback")
public class StoredCallback {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "queue_id", nullable = false)
    private long queueId;

    @Column(name = "number", nullable = false, length = 32)
    private String number;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "entered_at", nullable = false)
    private OffsetDateTime enteredAt;

    @Column(name = "orig_position", nullable = false)
    private int origPosition;

    @Column(name = "failures", nullable = false)
    private int failures;

    protected StoredCallback() {
        // for JPA
    }

    /**
     * @param id           the callback
     * @param queueId      its queue
     * @param number       the number to call back
     * @param requestedBy  the call that asked for it
     * @param enteredAt    when that caller entered the queue (the place kept)
     * @param origPosition the caller's position on entering
     * @param failures     tries that did not reach the customer so far
     */
    public StoredCallback(String id, long queueId, String number, String requestedBy, Instant enteredAt,
            int origPosition, int failures) {
        this.id = id;
        this.queueId = queueId;
        this.number = number;
        this.requestedBy = requestedBy;
        this.enteredAt = enteredAt.atOffset(ZoneOffset.UTC);
        this.origPosition = origPosition;
        this.failures = failures;
    }

    public String id() {
        return id;
    }

    public long queueId() {
        return queueId;
    }

    public String number() {
        return number;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant enteredAt() {
        return enteredAt.toInstant();
    }

    public int origPosition() {
        return origPosition;
    }

    public int failures() {
        return failures;
    }
}
