package org.parley.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.registrar.Contacts.phone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryBindingTableTest {

    private static final Instant T0 = Instant.parse("2025-01-01T10:00:00Z");

    private final List<String> changes = new ArrayList<>();
    private final InMemoryBindingTable table = new InMemoryBindingTable(changes::add);

    private static Binding binding(ContactAddress address, long cseq, Instant expiresAt) {
        return new Binding(address, Optional.empty(), "c", cseq, "UDP", "192.0.2.10:5060", Optional.empty(), T0,
                expiresAt);
    }

    private static AorBindings bindings(Binding... bindings) {
        return new AorBindings(List.of(bindings));
    }

    @Test
    void anUnknownAddressOfRecordHasNoBindings() {
        assertTrue(table.get("201").isEmpty());
        assertEquals(Map.of(), table.snapshot());
    }

    @Test
    void storesWhatTheUpdateDecidesAndReturnsItsResult() {
        AorBindings desk = bindings(binding(phone("192.0.2.10"), 1, T0.plusSeconds(60)));

        String result = table.update("201", current -> BindingTable.Update.store(desk, "stored"));

        assertEquals("stored", result);
        assertEquals(desk, table.get("201"));
        assertEquals(Map.of("201", desk), table.snapshot());
        assertEquals(List.of("201"), changes);
    }

    @Test
    void keepingChangesNothingAndTellsNobody() {
        AorBindings desk = bindings(binding(phone("192.0.2.10"), 1, T0.plusSeconds(60)));
        table.update("201", current -> BindingTable.Update.store(desk, "stored"));
        changes.clear();

        assertEquals("kept", table.update("201", current -> BindingTable.Update.keep("kept")));
        assertEquals("same", table.update("201", current -> BindingTable.Update.store(current, "same")));
        assertEquals(desk, table.get("201"));
        assertEquals(List.of(), changes);
    }

    @Test
    void anEmptySetOfBindingsLeavesNoEntry() {
        table.update("201", current -> BindingTable.Update.store(
                bindings(binding(phone("192.0.2.10"), 1, T0.plusSeconds(60))), null));

        table.update("201", current -> BindingTable.Update.store(AorBindings.empty(), null));

        assertEquals(Map.of(), table.snapshot());
        assertEquals(List.of("201", "201"), changes);
    }

    @Test
    void aFailingChangeLeavesTheTableAsItWas() {
        assertThrows(IllegalStateException.class, () -> table.update("201", current -> {
            throw new IllegalStateException("boom");
        }));

        assertTrue(table.get("201").isEmpty());
        assertEquals(List.of(), changes);
    }

    @Test
    void aFailingListenerDoesNotUndoTheChange() {
        InMemoryBindingTable failing = new InMemoryBindingTable(aor -> {
            throw new IllegalStateException("listener down");
        });
        AorBindings desk = bindings(binding(phone("192.0.2.10"), 1, T0.plusSeconds(60)));

        assertEquals("ok", failing.update("201", current -> BindingTable.Update.store(desk, "ok")));
        assertEquals(desk, failing.get("201"));
    }

    @Test
    void removesLapsedBindingsAndNamesTheAddressesOfRecordThatLostSome() {
        Binding lapsing = binding(phone("192.0.2.10"), 1, T0.plusSeconds(60));
        Binding lasting = binding(phone("192.0.2.11"), 1, T0.plusSeconds(600));
        table.update("201", current -> BindingTable.Update.store(bindings(lapsing, lasting), null));
        table.update("202", current -> BindingTable.Update.store(bindings(lapsing), null));
        table.update("203", current -> BindingTable.Update.store(bindings(lasting), null));
        changes.clear();

        List<String> affected = table.removeExpired(T0.plusSeconds(60));

        assertEquals(List.of("201", "202"), affected.stream().sorted().toList());
        assertEquals(List.of("201", "202"), changes.stream().sorted().toList());
        assertEquals(bindings(lasting), table.get("201"));
        assertTrue(table.get("202").isEmpty());
        assertEquals(Map.of("201", bindings(lasting), "203", bindings(lasting)), table.snapshot());
    }

    @Test
    void updatesOfOneAddressOfRecordAreSerialised() throws Exception {
        int threads = 8;
        int rounds = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        InMemoryBindingTable counting = new InMemoryBindingTable();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int r = 0; r < rounds; r++) {
                        // each update reads the highest CSeq so far and writes one more: lost updates would show
                        counting.update("201", current -> {
                            long next = current.bindings().stream().mapToLong(Binding::cseq).max().orElse(0) + 1;
                            return BindingTable.Update.store(bindings(binding(phone("192.0.2." + (thread + 1)), next,
                                    T0.plusSeconds(600))), null);
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(threads * rounds, counting.get("201").bindings().get(0).cseq());
    }
}
