package org.parley.call;

import java.time.Instant;
import java.util.Objects;

/**
 * A step in a call's history after it started: a forward (the called party's rule sent it elsewhere) or a transfer
 * (a party passed it on). Call records keep the chain, and legs to carriers carry it as Diversion / History-Info.
 *
 * @param type   forward, transfer or voicemail
 * @param from   who the call was diverted or transferred from
 * @param to     who it went to
 * @param reason why: for a forward {@code unconditional}, {@code busy}, {@code no-answer}, {@code unavailable}; for a
 *               transfer {@code blind}, {@code attended}, {@code api},
 *               {@code replaces}
 * @param at     when
 */
public record CallHop(Type type, Party from, Party to, String reason, Instant at) {

    /** What kind of step. */
    public enum Type {
        FORWARD, TRANSFER,
        /** Nobody answered: the call went to the mailbox ({@code to}), the reason as for a forward. */
        VOICEMAIL
    }

    public CallHop {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(at, "at");
    }
}
