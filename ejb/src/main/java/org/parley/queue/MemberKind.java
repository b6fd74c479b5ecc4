package org.parley.queue;

/** How an agent belongs to a queue. */
public enum MemberKind {
    /** Always connected: receives calls without logging in. */
    STATIC,
    /** Must connect (by code, desk, API or a supervisor) to receive calls. */
    DYNAMIC
}
