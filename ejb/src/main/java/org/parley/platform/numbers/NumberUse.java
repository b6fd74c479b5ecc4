package org.parley.platform.numbers;

import java.util.Objects;

/**
 * What a number is used for.
 *
 * @param kind  the feature's kind of number, e.g. {@code extension}, {@code queue}, {@code feature code}
 * @param owner which one, e.g. the queue's id, the extension's number ({@code kind} and {@code owner} together tell
 *              whether a number is an object's own, for updates)
 * @param label how to name it to a user, e.g. {@code "queue Sales"}
 */
public record NumberUse(String kind, String owner, String label) {

    /** An extension's number. */
    public static final String EXTENSION = "extension";
    /** A queue's number: callers dialling it wait there for an agent. */
    public static final String QUEUE = "queue";

    /** Whether a call may be sent to this number from outside or by a forward: an extension's or a queue's. */
    public boolean reachable() {
        return EXTENSION.equals(kind) || QUEUE.equals(kind);
    }

    public NumberUse {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(label, "label");
    }
}
