package org.parley.registrar.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.registrar.AorBindings;
import org.parley.registrar.Binding;
import org.parley.registrar.BindingRepository;
import org.parley.registrar.BindingTable;
import org.parley.registrar.ContactAddress;
import org.parley.registrar.InMemoryBindingTable;

class BindingWriteBehindTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    /** A database that refuses to write some extensions and keeps the rest. */
    private static final class FakeRepository implements BindingRepository {
        final Map<String, AorBindings> stored = new HashMap<>();
        final Set<String> refused = new HashSet<>();
        int calls;

        @Override
        public Map<String, AorBindings> loadAll() {
            return Map.copyOf(stored);
        }

        @Override
        public void replace(Map<String, AorBindings> byAor) {
            calls++;
            for (String aor : byAor.keySet()) {
                if (refused.contains(aor)) {
                    throw new IllegalStateException("value too long for " + aor);
                }
            }
            byAor.forEach((aor, b) -> {
                if (b.isEmpty()) {
                    stored.remove(aor);
                } else {
                    stored.put(aor, b);
                }
            });
        }
    }

    private final FakeRepository repository = new FakeRepository();
    private final BindingWriteBehind writeBehind = new BindingWriteBehind(repository, Clock.fixed(NOW, ZoneOffset.UTC));
    private final InMemoryBindingTable table = new InMemoryBindingTable(writeBehind);

    BindingWriteBehindTest() {
        writeBehind.attach(table);
    }

    private void register(String aor) {
        Binding b = new Binding(new ContactAddress("sip:" + aor + "@10.0.0.1:5060", "sip", aor, "10.0.0.1", 5060,
                Map.of()), Optional.empty(), "call-" + aor, 1, "UDP", "10.0.0.1:5060", Optional.empty(), NOW,
                NOW.plusSeconds(60));
        table.update(aor, current -> BindingTable.Update.store(new AorBindings(List.of(b)), null));
    }

    @Test
    void changesAreWrittenInOneBatchAndOnlyOnce() {
        register("2001");
        register("2002");

        assertEquals(2, writeBehind.flush());
        assertEquals(Set.of("2001", "2002"), repository.stored.keySet());
        assertEquals(1, repository.calls);
        assertEquals(0, writeBehind.flush(), "nothing dirty any more");
    }

    @Test
    void oneUnwritableExtensionDoesNotHoldBackTheOthersAndIsRetried() {
        register("2001");
        register("2002");
        register("2003");
        repository.refused.add("2002");

        writeBehind.flush();

        assertEquals(Set.of("2001", "2003"), repository.stored.keySet());
        assertEquals(1, writeBehind.pending(), "2002 waits for the next attempt");

        repository.refused.clear();
        assertEquals(1, writeBehind.flush());
        assertTrue(repository.stored.containsKey("2002"));
        assertEquals(0, writeBehind.pending());
    }

    @Test
    void aRemovedBindingIsDeletedFromStorage() {
        register("2001");
        writeBehind.flush();

        table.update("2001", current -> BindingTable.Update.store(AorBindings.empty(), null));
        writeBehind.flush();

        assertFalse(repository.stored.containsKey("2001"));
    }
}
