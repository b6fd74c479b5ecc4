import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.sipconnector.MediaKind;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.media.DtmfReports;
import org.parley.sipconnector.media.MediaEngine;
import org.parley.sipconnector.media.MediaSettings;
import org.parley.sipconnector.media.webrtc.DtlsIdentity;
import org.parley.sipconnector.media.webrtc.DtlsSrtp;
import org.parley.sipconnector.media.webrtc.PacketKind;
import org.parley.sipconnector.media.webrtc.QueueTransport;
import org.parley.sipconnector.media.webrtc.StunBinding;

/**
 * Browser calls on Parley's media engine (benchmarks/webrtc-relay.sh runs it): per call, a WebRTC endpoint (the engine
 * offers, as for a browser callee) relayed to a plain endpoint. The "browser" is this tool: it answers the offer
 * ({@code a=setup:active}), makes the ICE check, runs a BouncyCastle DTLS client handshake and then sends 50 SRTP
 * packets/s; the "phone" a UDP socket sending 50 plain RTP packets/s. Reported: CPU of the engine's threads per call
 * (% of one core) while every call relays both ways, and the packets that arrived at either side.
 */
public final class WebRtcBench {

    private static final long TICK = 20_000_000L;

    /** One browser call: the browser's socket and SRTP keys, the phone's socket. */
    private record Call(DatagramChannel browser, DtlsSrtp.Keys keys, DatagramChannel phone) {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("org.parley").setLevel(java.util.logging.Level.WARNING);
        int seconds = Integer.parseInt(System.getProperty("seconds", "20"));
        int warmup = Integer.parseInt(System.getProperty("warmup", "5"));
        List<Integer> steps = new ArrayList<>();
        for (String a : args) {
            steps.add(Integer.parseInt(a));
        }
        if (steps.isEmpty()) {
            steps = List.of(50, 200);
        }
        System.out.printf("| browser calls | handshakes (s) | packets/s relayed (of designed) | engine CPU (%% of one core) "
                + "| CPU per call (at 2 × 50 packets/s) |%n|---:|---:|---:|---:|---:|%n");
        for (int calls : steps) {
            step(calls, warmup, seconds);
        }
    }

    private static void step(int calls, int warmup, int seconds) throws Exception {
        List<Thread> threads = new CopyOnWriteArrayList<>();
        MediaEngine engine = MediaEngine.start(new MediaSettings("127.0.0.1", "127.0.0.1", 30000, 39999,
                Duration.ofSeconds(120)), e -> { }, new DtmfReports(e -> { }, System::currentTimeMillis), work -> {
                    Thread t = new Thread(work, "media-" + threads.size());
                    t.setDaemon(true);
                    threads.add(t);
                    return t;
                });
        DtlsIdentity identity = DtlsIdentity.generate("bench-browser");
        Map<DatagramChannel, QueueTransport> dtls = new ConcurrentHashMap<>();
        AtomicLong received = new AtomicLong();
        Selector selector = Selector.open();
        Thread reader = new Thread(() -> read(selector, dtls, received), "bench-reader");
        reader.setDaemon(true);
        reader.start();
        ExecutorService handshakes = Executors.newFixedThreadPool(8);
        List<Call> set = new ArrayList<>();
        long h0 = System.nanoTime();
        try {
            List<Future<Call>> pending = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                pending.add(handshakes.submit(() -> call(engine, identity, selector, dtls)));
            }
            for (Future<Call> f : pending) {
                set.add(f.get(120, TimeUnit.SECONDS));
            }
            double handshakeSeconds = (System.nanoTime() - h0) / 1e9;
            ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
            AtomicLong sent = new AtomicLong();
            sender.scheduleAtFixedRate(() -> send(set, sent), 0, TICK, TimeUnit.NANOSECONDS);
            Thread.sleep(warmup * 1000L);
            long r0 = received.get();
            long cpu0 = cpu(threads);
            long t0 = System.nanoTime();
            Thread.sleep(seconds * 1000L);
            long cpu1 = cpu(threads);
            long t1 = System.nanoTime();
            long r1 = received.get();
            sender.shutdownNow();
            double rate = (r1 - r0) / ((t1 - t0) / 1e9);
            double designed = calls * 100.0;
            double cpu = 100.0 * (cpu1 - cpu0) / (t1 - t0);
            System.out.printf("| %,d | %.1f | %,.0f (%.0f %%) | %.1f %% | %.3f %% |%n", calls, handshakeSeconds, rate,
                    100 * rate / designed, cpu, cpu / (rate / 100));
        } finally {
            handshakes.shutdownNow();
            engine.stop();
            selector.close();
            for (Call c : set) {
                c.browser().close();
                c.phone().close();
            }
        }
    }

    /** Sets one call up: the engine's WebRTC offer answered, ICE checked, DTLS run; the plain side answered. */
    private static Call call(MediaEngine engine, DtlsIdentity identity, Selector selector,
            Map<DatagramChannel, QueueTransport> dtls) throws IOException {
        DatagramChannel browser = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        int port = ((InetSocketAddress) browser.getLocalAddress()).getPort();
        String web = engine.open("bench-browser", MediaKind.WEBRTC);
        String offer = engine.offer(web).text();
        InetSocketAddress to = new InetSocketAddress("127.0.0.1", Integer.parseInt(attribute(offer, "m=audio ")
                .split(" ")[0]));
        engine.accept(web, SipBody.sdp(String.join("\r\n", "v=0", "o=- 1 1 IN IP4 127.0.0.1", "s=-", "t=0 0",
                "m=audio " + port + " UDP/TLS/RTP/SAVPF 0", "c=IN IP4 127.0.0.1", "a=rtpmap:0 PCMU/8000",
                "a=ice-ufrag:bnch", "a=ice-pwd:benchIcePassword01234567", "a=fingerprint:sha-256 "
                        + identity.fingerprint(), "a=setup:active", "a=mid:0", "a=rtcp-mux", "a=sendrecv", "")));
        browser.connect(to);
        browser.write(ByteBuffer.wrap(StunBinding.request(new byte[12], attribute(offer, "a=ice-ufrag:") + ":bnch",
                attribute(offer, "a=ice-pwd:"))));
        QueueTransport transport = new QueueTransport(record -> {
            try {
                browser.write(ByteBuffer.wrap(record));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        dtls.put(browser, transport);
        browser.configureBlocking(false);
        synchronized (selector) {
            selector.wakeup();
            browser.register(selector, SelectionKey.OP_READ);
        }
        DtlsSrtp.Keys keys = DtlsSrtp.run(DtlsSrtp.Role.CLIENT, identity, attribute(offer, "a=fingerprint:sha-256 "),
                transport);

        DatagramChannel phone = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        String plain = engine.open("bench-phone");
        String answer = engine.answer(plain, SipBody.sdp("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1"
                + "\r\nt=0 0\r\nm=audio " + ((InetSocketAddress) phone.getLocalAddress()).getPort()
                + " RTP/AVP 0\r\na=sendrecv\r\n")).answer().text();
        phone.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(attribute(answer, "m=audio ").split(" ")[0])));
        phone.configureBlocking(false);
        synchronized (selector) {
            selector.wakeup();
            phone.register(selector, SelectionKey.OP_READ);
        }
        engine.connect(web, plain);
        return new Call(browser, keys, phone);
    }

    private static String attribute(String sdp, String prefix) {
        return sdp.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length())
                .trim();
    }

    /** Every 20 ms: one SRTP packet from each browser, one RTP packet from each phone (160 bytes of PCMU). */
    private static void send(List<Call> calls, AtomicLong sent) {
        byte[] rtp = new byte[12 + 160];
        long n = sent.incrementAndGet();
        rtp[0] = (byte) 0x80;
        rtp[2] = (byte) (n >> 8);
        rtp[3] = (byte) n;
        ByteBuffer.wrap(rtp).putInt(4, (int) (n * 160));
        try {
            for (int i = 0; i < calls.size(); i++) {
                Call c = calls.get(i);
                ByteBuffer.wrap(rtp).putInt(8, 0x10000 + i);
                c.browser().write(ByteBuffer.wrap(c.keys().sending().protectRtp(rtp, rtp.length)));
                ByteBuffer.wrap(rtp).putInt(8, 0x20000 + i);
                c.phone().write(ByteBuffer.wrap(rtp));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads every socket: DTLS to the handshake, everything else counted as relayed media. */
    private static void read(Selector selector, Map<DatagramChannel, QueueTransport> dtls, AtomicLong received) {
        ByteBuffer buffer = ByteBuffer.allocate(2048);
        try {
            while (selector.isOpen()) {
                selector.select(key -> {
                    DatagramChannel c = (DatagramChannel) key.channel();
                    try {
                        while (true) {
                            buffer.clear();
                            if (c.receive(buffer) == null) {
                                return;
                            }
                            PacketKind kind = PacketKind.of(buffer.array(), buffer.position());
                            if (kind == PacketKind.DTLS) {
                                dtls.get(c).deliver(buffer.array(), buffer.position());
                            } else if (kind == PacketKind.RTP) {
                                received.incrementAndGet();
                            }
                        }
                    } catch (IOException e) {
                        key.cancel();
                    }
                }, 100);
                synchronized (selector) {
                    // lets a registration in
                }
            }
        } catch (IOException | java.nio.channels.ClosedSelectorException e) {
            // closed at the end of the step
        }
    }

    private static long cpu(List<Thread> threads) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (Thread t : threads) {
            total += Math.max(0, bean.getThreadCpuTime(t.getId()));
        }
        return total;
    }
}
