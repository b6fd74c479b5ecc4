package org.parley.queue;

/** Event: a queue was created or changed (its settings as committed). */
public record QueueSaved(QueueSettings settings) {
}
