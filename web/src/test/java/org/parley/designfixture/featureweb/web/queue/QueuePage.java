package org.parley.designfixture.featureweb.web.queue;

/** A page of web. */
public class QueuePage {
}
