package org.parley.designfixture.clean.queue.jpa;

/** The queue feature's entity, in its own jpa package. */
@jakarta.persistence.Entity
public class QueueRow {
}
