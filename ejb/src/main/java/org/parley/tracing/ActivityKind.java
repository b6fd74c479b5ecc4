package org.parley.tracing;

/** A task of a case file, or a scheduled call: a task of type call, with a contact to call. */
public enum ActivityKind {
    TASK, CALL
}
