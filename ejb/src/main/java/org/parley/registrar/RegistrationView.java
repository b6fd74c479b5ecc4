package org.parley.registrar;

import java.time.Instant;
import java.util.Optional;

/**
 * One live binding as shown to people and systems.
 *
 * @param extension     the extension (address of record)
 * @param contact       the contact URI the phone registered
 * @param transport     transport it registered over ({@code UDP}, {@code TCP} …)
 * @param sourceAddress where the REGISTER came from, {@code ip:port}
 * @param userAgent     the phone's User-Agent, if it sent one
 * @param registeredAt  when this contact first registered
 * @param expiresAt     when the binding lapses unless refreshed
 */
public record RegistrationView(String extension, String contact, String transport, String sourceAddress,
        Optional<String> userAgent, Instant registeredAt, Instant expiresAt) {
}
