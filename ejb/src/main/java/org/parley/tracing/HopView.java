package org.parley.tracing;

import java.time.Instant;

/**
 * A forward or transfer of a recorded call, as shown to people and systems.
 *
 * @param type   FORWARD or TRANSFER
 * @param from   the number it left
 * @param to     the number it went to
 * @param reason unconditional, busy, no-answer, unavailable; blind, attended, api
 * @param at     when
 */
public record HopView(String type, String from, String to, String reason, Instant at) {
}
