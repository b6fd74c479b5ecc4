package org.parley.sipconnector.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Ports: even RTP, RTCP + 1, busy ports skipped, every port released on close. */
class PortRangeTest {

    private static int base() {
        return 40000 + 2 * ThreadLocalRandom.current().nextInt(10000);
    }

    @Test
    void pairsAreEvenAndOddAndABusyPortIsSkipped() throws Exception {
        int base = base();
        PortRange range = new PortRange("127.0.0.1", base, base + 7);
        try (DatagramSocket busy = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                base + 3))) {
            PortRange.Pair first = range.allocate();
            PortRange.Pair second = range.allocate();
            assertEquals(base, first.rtpPort());
            assertEquals(base + 1, ((InetSocketAddress) first.rtcp().getLocalAddress()).getPort());
            assertEquals(base + 4, second.rtpPort(), "the pair whose RTCP port is busy is skipped");
            PortRange.Pair third = range.allocate();
            assertEquals(base + 6, third.rtpPort());
            assertThrows(org.parley.sipconnector.media.MediaUnavailableException.class, range::allocate,
                    "every pair taken");
            range.release(second);
            assertEquals(base + 4, range.allocate().rtpPort(), "a released pair is handed out again");
            assertTrue(busy.isBound());
        }
    }

    @Test
    void noPortStaysOpenAfterAThousandEndpointsOpenedAndClosed() throws Exception {
        int base = base();
        try (EngineFixture fixture = new EngineFixture(base, base + 39, Duration.ofSeconds(60))) {
            MediaEngine engine = fixture.engine;
            String offer = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                    + "m=audio 4000 RTP/AVP 0\r\n";
            for (int i = 0; i < 1000; i++) {
                String id = engine.open("leg" + i);
                engine.answer(id, org.parley.sipconnector.SipBody.sdp(offer));
                engine.close(id);
            }
            assertEquals(0, engine.openEndpoints());
            assertEquals(0, engine.portsInUse());
            List<Integer> stillBound = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            do {
                stillBound.clear();
                for (int port = base; port < base + 40; port++) {
                    if (!bindable(port)) {
                        stillBound.add(port);
                    }
                }
            } while (!stillBound.isEmpty() && System.nanoTime() < deadline);
            assertEquals(List.of(), stillBound, "ports the engine did not let go");
        }
    }

    private static boolean bindable(int port) {
        try (DatagramSocket s = new DatagramSocket(new InetSocketAddress("127.0.0.1", port))) {
            return s.isBound();
        } catch (SocketException e) {
            return false;
        }
    }
}
