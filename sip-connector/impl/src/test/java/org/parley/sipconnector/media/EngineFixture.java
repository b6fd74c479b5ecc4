package org.parley.sipconnector.media;

import org.parley.sipconnector.Negotiation;

import org.parley.sipconnector.MediaEvent;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.function.Predicate;
import org.parley.sipconnector.SipBody;

/** A started engine on loopback, its threads and the events it reported. Closing it stops the engine. */
final class EngineFixture implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(5);

    final MediaEngine engine;
    final List<MediaEvent> events = new CopyOnWriteArrayList<>();
    final List<Thread> threads = new CopyOnWriteArrayList<>();

    EngineFixture(int firstPort, int lastPort, Duration timeout) {
        this("127.0.0.1", firstPort, lastPort, timeout);
    }

    /** An engine bound to and advertising {@code host}. */
    EngineFixture(String host, int firstPort, int lastPort, Duration timeout) {
        ThreadFactory factory = work -> {
            Thread t = new Thread(work, "test-media-" + threads.size());
            t.setDaemon(true);
            threads.add(t);
            return t;
        };
        MediaSettings settings = new MediaSettings(host, host, firstPort, lastPort, timeout);
        engine = MediaEngine.start(settings, events::add, new DtmfReports(events::add, System::currentTimeMillis),
                factory);
    }

    /** A port range unlikely to be busy: 200 ports from a random even base in 30000-39798. */
    static EngineFixture start() {
        return start(Duration.ofSeconds(60));
    }

    static EngineFixture start(Duration timeout) {
        int base = 30000 + 2 * java.util.concurrent.ThreadLocalRandom.current().nextInt(4900);
        return new EngineFixture(base, base + 199, timeout);
    }

    /** An endpoint answering {@code peer}'s offer; the peer then sends to the endpoint's port. */
    String answered(UdpPeer peer, int... payloadTypes) {
        String id = engine.open("leg-" + peer.port());
        Negotiation n = engine.answer(id, SipBody.sdp(peer.offer("sendrecv", payloadTypes)));
        peer.target(port(n.answer()));
        return id;
    }

    static int port(SipBody sdp) {
        for (String line : sdp.text().split("\r\n")) {
            if (line.startsWith("m=audio ")) {
                return Integer.parseInt(line.split(" ")[1]);
            }
        }
        throw new AssertionError("no m=audio in " + sdp.text());
    }

    /** The first event that matches, waiting for it. */
    MediaEvent await(Predicate<MediaEvent> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (MediaEvent e : events) {
                if (wanted.test(e)) {
                    return e;
                }
            }
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(2_000_000);
        }
        throw new AssertionError("no matching media event within " + WAIT + "; got " + events);
    }

    @Override
    public void close() {
        engine.stop();
    }
}
