package org.parley.queue;

/** Event: a queue was deleted. */
public record QueueRemoved(long id) {
}
