package org.parley.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.registrar.Contacts.phone;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The guards of the small value types. */
class ModelTest {

    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

    private static Binding binding(ContactAddress address, Instant registeredAt, Instant expiresAt) {
        return new Binding(address, Optional.empty(), "c", 1, "UDP", "192.0.2.10:5060", Optional.empty(),
                registeredAt, expiresAt);
    }

    @Test
    void secondsLeftRoundUpAndNeverGoNegative() {
        Binding binding = binding(phone("192.0.2.10"), T0, T0.plusSeconds(60));

        assertEquals(60, binding.secondsLeft(T0));
        assertEquals(60, binding.secondsLeft(T0.plusMillis(1)));
        assertEquals(59, binding.secondsLeft(T0.plusSeconds(1)));
        assertEquals(1, binding.secondsLeft(T0.plusMillis(59_999)));
        assertEquals(0, binding.secondsLeft(T0.plusSeconds(60)));
        assertEquals(0, binding.secondsLeft(T0.plusSeconds(3600)));
    }

    @Test
    void aBindingHasExpiredFromItsExpiryOn() {
        Binding binding = binding(phone("192.0.2.10"), T0, T0.plusSeconds(60));

        assertFalse(binding.expiredAt(T0.plusMillis(59_999)));
        assertTrue(binding.expiredAt(T0.plusSeconds(60)));
    }

    @Test
    void aBindingCannotExpireBeforeItIsRegistered() {
        assertThrows(IllegalArgumentException.class,
                () -> binding(phone("192.0.2.10"), T0, T0.minusSeconds(1)));
    }

    @Test
    void aorBindingsHoldOneBindingPerContact() {
        Binding one = binding(Contacts.sip("201", "192.0.2.10", 5060), T0, T0.plusSeconds(60));
        Binding same = binding(Contacts.sip("201", "192.0.2.10", 5060, "transport", "udp", "ob", ""), T0,
                T0.plusSeconds(60));
        Binding sameKey = binding(Contacts.sip("201", "192.0.2.10", 5060, "ob", ""), T0, T0.plusSeconds(90));

        assertEquals(2, new AorBindings(List.of(one, same)).size());
        assertThrows(IllegalArgumentException.class, () -> new AorBindings(List.of(one, sameKey)));
    }

    @Test
    void aorBindingsDropLapsedOnes() {
        Binding shortLived = binding(phone("192.0.2.10"), T0, T0.plusSeconds(60));
        Binding longLived = binding(phone("192.0.2.11"), T0, T0.plusSeconds(120));
        AorBindings both = new AorBindings(List.of(shortLived, longLived));

        assertSame(both, both.withoutExpired(T0.plusSeconds(59)));
        assertEquals(List.of(longLived), both.withoutExpired(T0.plusSeconds(60)).bindings());
        assertTrue(both.withoutExpired(T0.plusSeconds(120)).isEmpty());
        assertEquals(Optional.of(T0.plusSeconds(60)), both.nextExpiry());
        assertEquals(Optional.of(longLived), both.find(longLived.key()));
        assertEquals(Optional.empty(), AorBindings.empty().nextExpiry());
    }

    @Test
    void policiesMustBeConsistent() {
        new RegistrationPolicy(60, 3600, 3600, 1);
        assertThrows(IllegalArgumentException.class, () -> new RegistrationPolicy(0, 3600, 600, 5));
        assertThrows(IllegalArgumentException.class, () -> new RegistrationPolicy(60, 3600, 30, 5));
        assertThrows(IllegalArgumentException.class, () -> new RegistrationPolicy(60, 3600, 7200, 5));
        assertThrows(IllegalArgumentException.class, () -> new RegistrationPolicy(600, 60, 300, 5));
        assertThrows(IllegalArgumentException.class, () -> new RegistrationPolicy(60, 3600, 600, 0));
    }

    @Test
    void qValuesFollowTheGrammar() {
        for (String valid : List.of("0", "1", "0.5", "0.001", "1.000", "0.", "1.")) {
            assertTrue(ContactRequest.isValidQ(valid), valid);
        }
        for (String invalid : List.of("", "1.5", "2", "0.1234", "-0.1", ".5", "1.001", "x")) {
            assertFalse(ContactRequest.isValidQ(invalid), invalid);
        }
        assertThrows(IllegalArgumentException.class,
                () -> new ContactRequest(phone("192.0.2.10"), OptionalInt.empty(), Optional.of("1.5")));
        assertThrows(IllegalArgumentException.class,
                () -> new ContactRequest(phone("192.0.2.10"), OptionalInt.of(-1), Optional.empty()));
    }

    @Test
    void registerRequestsAreGuarded() {
        RegisterRequest query = Registers.register().build();
        assertTrue(query.isQuery());
        assertEquals("201", query.aor());

        assertThrows(IllegalArgumentException.class, () -> Registers.register().cseq(-1).build());
        assertThrows(IllegalArgumentException.class,
                () -> Registers.register().cseq(RegisterRequest.MAX_CSEQ + 1).build());
        assertThrows(IllegalArgumentException.class, () -> Registers.register().expires(-1).build());
        assertThrows(IllegalArgumentException.class, () -> Registers.register().callId(" ").build());
        assertThrows(IllegalArgumentException.class, () -> Registers.register().user("").build());
    }

    @Test
    void everyRefusalHasAReason() {
        for (Refusal refusal : Refusal.values()) {
            assertFalse(refusal.reason().isBlank(), refusal.name());
        }
    }
}
