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

    public NumberUse {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(label, "label");
    }
}
