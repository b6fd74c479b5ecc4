package org.parley.designfixture.webentity.queue;

/** An entity of a feature, with a type nested in it. */
@jakarta.persistence.Entity
public class QueueRow {

    /** A view nested in the entity. */
    public record Nested(String name) {
    }
}
