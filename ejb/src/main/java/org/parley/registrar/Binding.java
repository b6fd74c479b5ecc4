package org.parley.registrar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One registered contact of an address of record (RFC 3261 §10.3 step 7).
 *
 * @param address      the contact URI
 * @param q            its preference, when the REGISTER gave one
 * @param callId       Call-ID of the REGISTER that last set it
 * @param cseq         CSeq of that REGISTER
 * @param transport    transport that REGISTER came over
 * @param source       {@code ip:port} it came from
 * @param userAgent    User-Agent of the device
 * @param registeredAt when the contact was first bound (kept on refresh)
 * @param expiresAt    when the binding lapses
 */
public record Binding(ContactAddress address, Optional<String> q, String callId, long cseq, String transport,
                      String source, Optional<String> userAgent, Instant registeredAt, Instant expiresAt) {

    public Binding {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(q, "q");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (cseq < 0 || cseq > RegisterRequest.MAX_CSEQ) {
            throw new IllegalArgumentException("CSeq out of range: " + cseq);
        }
        if (expiresAt.isBefore(registeredAt)) {
            throw new IllegalArgumentException("a binding cannot expire before it was registered");
        }
        q.ifPresent(value -> {
            if (!ContactRequest.isValidQ(value)) {
                throw new IllegalArgumentException("invalid q value: " + value);
            }
        });
    }

    /** The contact's equivalence key, see {@link ContactAddress#key()}. */
    public String key() {
        return address.key();
    }

    /** Whether the binding has lapsed at {@code now} (it lives up to, not including, {@link #expiresAt()}). */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Whole seconds left at {@code now}, rounded up, never negative: the {@code expires} to report in a 200 OK. */
    public long secondsLeft(Instant now) {
        Duration left = Duration.between(now, expiresAt);
        if (left.isNegative() || left.isZero()) {
            return 0;
        }
        return left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
    }
}
