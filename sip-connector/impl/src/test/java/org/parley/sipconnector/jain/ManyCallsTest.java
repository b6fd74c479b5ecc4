package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.OutboundInvite;
import org.parley.sipconnector.SipTarget;

/**
 * Thousands of bridged calls (INVITE → 180 → 200 → ACK → BYE relayed, through the application for the decisions only)
 * leave the connector holding nothing: no leg, dialog, pending INVITE, bridge, pinned route, timer or transaction
 * key. The run's duration is printed as a rough cost figure; it is not asserted.
 */
class ManyCallsTest {

    private static final Logger LOG = Logger.getLogger(ManyCallsTest.class.getName());

    private static final int CALLS = Integer.getInteger("parley.test.calls", 2000);
    private static final int CONCURRENT = Integer.getInteger("parley.test.concurrentCalls", 50);
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void manyBridgedCallsLeaveNothingBehind() throws Exception {
        try (ConnectorFixture connector = ConnectorFixture.start(adapter -> { }, (request, connection) -> { });
             TestPhone alice = connector.phone("alice");
             TestPhone bob = connector.phone("bob")) {
            TestB2bua application = new TestB2bua(request -> OutboundInvite.to("sip:bob@127.0.0.1")
                    .target(new SipTarget("UDP", "127.0.0.1", bob.port())));
            application.install(connector.endpoint);
            alice.dropProvisional();
            String bobSdp = Sdp.of("bob", 6000);
            bob.autoAnswer((phone, request) -> {
                switch (request.method()) {
                    case "INVITE" -> {
                        phone.respond(request, 180, "Ringing", null);
                        phone.respond(request, 200, "OK", bobSdp);
                    }
                    case "BYE" -> phone.respond(request, 200, "OK", null);
                    default -> {
                        // ACK: nothing to answer
                    }
                }
                return true;
            });
            String aliceSdp = Sdp.of("alice", 4000);
            AtomicInteger next = new AtomicInteger();
            ExecutorService callers = Executors.newFixedThreadPool(CONCURRENT);
            long start = System.nanoTime();
            Duration cpuBefore = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                runs.add(callers.submit(() -> {
                    while (next.getAndIncrement() < CALLS) {
                        TestPhone.Dialog call = alice.call(connector.uri());
                        call.invite(aliceSdp);
                        SipText ok = alice.await(m -> m.status() == 200 && m.callId().equals(call.callId),
                                "200 to INVITE", WAIT);
                        call.established(ok).ackInvite(null);
                        application.awaitBridged(call.callId, WAIT);
                        call.send("BYE", null);
                        alice.await(m -> m.status() == 200 && m.callId().equals(call.callId)
                                && m.cseqMethod().equals("BYE"), "200 to BYE", WAIT);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(5, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Duration cpu = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).minus(cpuBefore);
            callers.shutdown();

            connector.endpoint.legEvents().awaitCount(e -> e instanceof LegEvent.Ended, 2 * CALLS, WAIT);
            connector.awaitNothingHeld(WAIT);
            awaitNoTransactionKey(connector);
            LOG.info(String.format("%d bridged calls (%d at a time) in %.2f s: %.0f calls/s, %.2f ms CPU per call "
                    + "(connector, both test phones and the test application together)", CALLS, CONCURRENT, seconds,
                    CALLS / seconds, cpu.toNanos() / 1e6 / CALLS));
            assertEquals(0, application.calls());
            assertEquals(2 * CALLS, connector.endpoint.legEvents().matching(e -> e instanceof LegEvent.Ended).size());
        }
    }

    private static void awaitNoTransactionKey(ConnectorFixture connector) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (connector.adapter.runtime().orElseThrow().openTransactions() > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(connector.adapter.runtime().orElseThrow().openTransactions()
                        + " transaction keys left");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
