package org.parley.designfixture.webentity.web.queue;

import org.parley.designfixture.webentity.queue.QueueRow;

/** Breaks "web uses no entity": a DTO serialising a type nested in an entity. */
public class QueueDto {
    public QueueRow.Nested row;
}
