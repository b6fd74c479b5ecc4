package org.parley.tracing;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.parley.call.CallView;

/**
 * A call that is up, written behind when it starts and when it is answered, so that a crash leaves a trace: at the
 * next start each one left becomes an {@code INTERRUPTED} call record ({@link CallRecord#interrupted}). Deleted when
 * the call's own record is written.
 */
@Entity
@Table(name = "call_in_progress")
public class CallInProgress {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Embedded
    private CallFacts facts;

    protected CallInProgress() {
        // for JPA
    }

    /** What is known of {@code call} now. */
    public static CallInProgress of(CallView call) {
        CallInProgress p = new CallInProgress();
        p.id = call.id();
        p.facts = CallFacts.of(call);
        return p;
    }

    public String id() {
        return id;
    }

    CallFacts facts() {
        return facts;
    }
}
