package org.parley.sipconnector.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No garbage per packet: the bytes the engine's two threads allocate while relaying and playing many packets, counted
 * by the JVM's per-thread allocation counter, stay far below one small object per packet.
 */
class HotPathAllocationTest {

    private static final int PACKETS = 1500;

    @Test
    void relayingAndPlayingAllocateNothingPerPacket() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean)
                ManagementFactory.getThreadMXBean();
        try (EngineFixture fixture = EngineFixture.start(); UdpPeer alice = new UdpPeer();
                UdpPeer bob = new UdpPeer(); UdpPeer carol = new UdpPeer()) {
            MediaEngine engine = fixture.engine;
            String a = fixture.answered(alice, 0);
            String b = fixture.answered(bob, 8);
            String c = fixture.answered(carol, 0);
            engine.connect(a, b);
            engine.play(c, List.of(new Sound("music", new byte[8000])), true);
            relay(alice, bob, 200, 0);
            assertEquals(2, fixture.threads.size());
            long[] before = allocated(threads, fixture.threads);
            int received = relay(alice, bob, PACKETS, 200);
            long[] after = allocated(threads, fixture.threads);
            assertTrue(received > PACKETS * 9 / 10, received + " of " + PACKETS + " relayed");
            long perPacket = (after[0] - before[0] + after[1] - before[1]) / PACKETS;
            // a 16-byte object per packet would be 16; selector rounds and ticks may allocate a little
            assertTrue(perPacket < 4, "engine threads allocated " + (after[0] - before[0]) + " + "
                    + (after[1] - before[1]) + " bytes for " + PACKETS + " packets relayed and ~"
                    + PACKETS / 5 + " played");
        }
    }

    /** Sends {@code count} packets through the relay, reading what arrives; returns how many arrived. */
    private static int relay(UdpPeer from, UdpPeer to, int count, int firstSeq) throws Exception {
        byte[] payload = new byte[160];
        int arrived = 0;
        for (int i = 0; i < count; i++) {
            from.send(UdpPeer.rtp(0, false, firstSeq + i, 160L * (firstSeq + i), 1, payload));
            if (to.receive(Duration.ofMillis(50)).isPresent()) {
                arrived++;
            }
        }
        return arrived;
    }

    private static long[] allocated(com.sun.management.ThreadMXBean bean, List<Thread> threads) {
        long[] bytes = new long[threads.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bean.getThreadAllocatedBytes(threads.get(i).getId());
        }
        return bytes;
    }
}
