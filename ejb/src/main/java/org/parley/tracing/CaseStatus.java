package org.parley.tracing;

/** Whether a case file is still being worked on. */
public enum CaseStatus {
    OPEN, CLOSED
}
