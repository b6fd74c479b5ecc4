package org.parley.designfixture.dtodomain.call;

/** A domain record of a feature. */
public record CallHop(String from, String to) {
}
