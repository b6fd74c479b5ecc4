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
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.media.DtmfReports;
import org.parley.sipconnector.media.MediaEngine;
import org.parley.sipconnector.media.MediaSettings;
import org.parley.sipconnector.Sound;

/**
 * Load tool for Parley's media engine (benchmarks/media-relay.sh runs it): the engine in this JVM, phones played by
 * UDP sockets on loopback driven by one 20 ms sender thread and one receiver thread.
 *
 * Relay steps: N calls = N endpoint pairs connected, each phone sending 50 packets/s of PCMU that carry their send
 * time and a counter. Reported: CPU of the engine's two threads per relayed call (% of one core), packets lost,
 * added jitter p99 = |(arrival gap) - (send gap)| between consecutive packets of a stream, after the relay.
 * Playback step: M endpoints each playing a looping sound; reported: send-interval p99 = |arrival gap - 20 ms|.
 */
public final class MediaBench {

    static final int PT = 0;
    static final long TICK = 20_000_000L;

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("org.parley").setLevel(java.util.logging.Level.WARNING);
        int seconds = Integer.parseInt(System.getProperty("seconds", "20"));
        int warmup = Integer.parseInt(System.getProperty("warmup", "5"));
        List<Integer> steps = new ArrayList<>();
        int playback = 500;
        for (String a : args) {
            if (a.equals("server") || a.contains("=") && !a.startsWith("play=")) {
                continue; // server mode's own arguments
            } else if (a.startsWith("play=")) {
                playback = Integer.parseInt(a.substring(5));
            } else {
                steps.add(Integer.parseInt(a));
            }
        }
        if (steps.isEmpty()) {
            steps = List.of(100, 250, 500, 1000);
        }
        System.out.printf("| relayed calls | packets/s sent (of designed) | engine CPU (%% of one core) | CPU per call "
                + "(at 2 × 50 packets/s) | lost | added jitter p99 |%n|---:|---:|---:|---:|---:|---:|%n");
        if (args.length > 0 && args[0].equals("server")) {
            AnchoredCalls.run(args, warmup, seconds);
            return;
        }
        for (int calls : steps) {
            relay(calls, warmup, seconds);
        }
        if (playback > 0) {
            System.out.printf("%n| playing endpoints | engine CPU (%% of one core) | packets | send interval p50 "
                    + "(off 20 ms) | p99 | max |%n|---:|---:|---:|---:|---:|---:|%n");
            play(playback, warmup, seconds);
        }
    }

    /** The engine with its threads recorded, on a range large enough for 2,000 endpoints. */
    static final class Engine implements AutoCloseable {
        final List<Thread> threads = new CopyOnWriteArrayList<>();
        final MediaEngine engine;

        Engine() {
            MediaSettings settings = new MediaSettings("127.0.0.1", "127.0.0.1", 30000, 39999,
                    Duration.ofSeconds(60));
            engine = MediaEngine.start(settings, e -> { }, new DtmfReports(e -> { }, System::currentTimeMillis),
                    work -> {
                        Thread t = new Thread(work, "media-" + threads.size());
                        t.setDaemon(true);
                        t.setPriority(Thread.MAX_PRIORITY);
                        threads.add(t);
                        return t;
                    });
        }

        long cpuNanos() {
            ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            long total = 0;
            for (Thread t : threads) {
                total += Math.max(0, bean.getThreadCpuTime(t.getId()));
            }
            return total;
        }

        /** An endpoint answering an offer from {@code phone}; the phone is connected to the endpoint's port. */
        String answer(DatagramChannel phone) throws IOException {
            int port = ((InetSocketAddress) phone.getLocalAddress()).getPort();
            String id = engine.open("bench");
            String offer = "v=0\r\no=bench 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
                    + "m=audio " + port + " RTP/AVP 0\r\na=sendrecv\r\n";
            SipBody answer = engine.answer(id, SipBody.sdp(offer)).answer();
            int engine = Integer.parseInt(answer.text().split("m=audio ")[1].split(" ")[0]);
            phone.connect(new InetSocketAddress("127.0.0.1", engine));
            return id;
        }

        @Override
        public void close() {
            engine.stop();
        }
    }

    static DatagramChannel phone() throws IOException {
        DatagramChannel c = DatagramChannel.open().bind(new InetSocketAddress("127.0.0.1", 0));
        c.configureBlocking(false);
        c.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 256 * 1024);
        return c;
    }

    /** Microsecond histogram up to 1 s. */
    static final class Histogram {
        final AtomicLongArray counts = new AtomicLongArray(1_000_001);
        void add(long nanos) {
            counts.incrementAndGet((int) Math.min(1_000_000, Math.abs(nanos) / 1000));
        }
        double percentileMillis(double p) {
            long total = 0;
            for (int i = 0; i < counts.length(); i++) {
                total += counts.get(i);
            }
            long rank = (long) Math.ceil(total * p);
            long seen = 0;
            for (int i = 0; i < counts.length(); i++) {
                seen += counts.get(i);
                if (seen >= rank && seen > 0) {
                    return i / 1000.0;
                }
            }
            return 0;
        }
        void reset() {
            for (int i = 0; i < counts.length(); i++) {
                counts.set(i, 0);
            }
        }
    }

    /** Reads every phone; for each stream, the previous packet's send and arrival time. */
    static final class Receiver implements Runnable {
        final Selector selector = Selector.open();
        final ByteBuffer buffer = ByteBuffer.allocate(2048);
        final Histogram jitter = new Histogram();
        final long[] lastSent;
        final long[] lastArrived;
        final boolean playback;
        volatile long received;
        volatile boolean running = true;

        Receiver(List<DatagramChannel> phones, boolean playback) throws IOException {
            this.playback = playback;
            lastSent = new long[phones.size()];
            lastArrived = new long[phones.size()];
            for (int i = 0; i < phones.size(); i++) {
                phones.get(i).register(selector, SelectionKey.OP_READ, i);
            }
        }

        @Override
        public void run() {
            try {
                while (running) {
                    selector.select(key -> {
                        int stream = (Integer) key.attachment();
                        DatagramChannel c = (DatagramChannel) key.channel();
                        try {
                            while (true) {
                                buffer.clear();
                                if (c.receive(buffer) == null) {
                                    return;
                                }
                                long now = System.nanoTime();
                                received++;
                                long sent = playback ? now - TICK : buffer.getLong(12);
                                if (lastArrived[stream] != 0) {
                                    long d = (now - lastArrived[stream]) - (playback ? TICK : sent - lastSent[stream]);
                                    jitter.add(d);
                                }
                                lastArrived[stream] = now;
                                lastSent[stream] = sent;
                            }
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }, 100);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        void reset() {
            jitter.reset();
            received = 0;
            java.util.Arrays.fill(lastArrived, 0);
        }
    }

    static void relay(int calls, int warmup, int seconds) throws Exception {
        try (Engine engine = new Engine()) {
            List<DatagramChannel> phones = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                DatagramChannel a = phone();
                DatagramChannel b = phone();
                phones.add(a);
                phones.add(b);
                engine.engine.connect(engine.answer(a), engine.answer(b));
            }
            measureRelay(phones, calls, 100, warmup, seconds, engine::cpuNanos);
            for (DatagramChannel c : phones) {
                c.close();
            }
        }
    }

    /**
     * Every phone sends one PCMU packet every 20 ms (its send time inside) to where it is connected, {@code sentPerCall}
     * packets/s per call; prints the row of a relay step: packets sent, CPU of the engine's threads ({@code cpuNanos})
     * per call (the calls the packets sent amount to), loss and added jitter.
     */
    static void measureRelay(List<DatagramChannel> phones, int calls, int sentPerCall, int warmup, int seconds,
            java.util.function.LongSupplier cpuNanos) throws Exception {
        Receiver receiver = new Receiver(phones, false);
        Thread rx = new Thread(receiver, "bench-rx");
        rx.start();
        java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        ByteBuffer packet = ByteBuffer.allocate(12 + 160);
        int[] seq = new int[phones.size()];
        sender.scheduleAtFixedRate(() -> {
            for (int i = 0; i < phones.size(); i++) {
                packet.clear();
                packet.put((byte) 0x80).put((byte) PT).putShort((short) seq[i]).putInt(seq[i] * 160)
                        .putInt(i).putLong(System.nanoTime());
                seq[i]++;
                packet.position(0).limit(12 + 160);
                try {
                    phones.get(i).write(packet);
                    sent.incrementAndGet();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }, 0, TICK, TimeUnit.NANOSECONDS);
        TimeUnit.SECONDS.sleep(warmup);
        receiver.reset();
        long sentBefore = sent.get();
        long cpu0 = cpuNanos.getAsLong();
        long t0 = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds);
        long cpu1 = cpuNanos.getAsLong();
        long t1 = System.nanoTime();
        sender.shutdown();
        sender.awaitTermination(5, TimeUnit.SECONDS);
        long sentCount = sent.get() - sentBefore;
        TimeUnit.MILLISECONDS.sleep(300);
        receiver.running = false;
        rx.join();
        long lost = Math.max(0, sentCount - receiver.received);
        double cpu = 100.0 * (cpu1 - cpu0) / (t1 - t0);
        double rate = sentCount * 1e9 / (t1 - t0);
        double designed = calls * (double) sentPerCall;
        System.out.printf(Locale.ROOT, "| %,d | %,.0f (%.0f %%) | %.1f %% | %.3f %% | %,d (%.3f %%) | %.2f ms |%n",
                calls, rate, 100 * rate / designed, cpu, cpu / (rate / sentPerCall), lost,
                100.0 * lost / Math.max(1, sentCount), receiver.jitter.percentileMillis(0.99));
    }

    static void play(int endpoints, int warmup, int seconds) throws Exception {
        try (Engine engine = new Engine()) {
            List<DatagramChannel> phones = new ArrayList<>();
            Sound music = new Sound("music", new byte[8000 * 10]);
            for (int i = 0; i < endpoints; i++) {
                DatagramChannel phone = phone();
                phones.add(phone);
                engine.engine.play(engine.answer(phone), List.of(music), true);
            }
            Receiver receiver = new Receiver(phones, true);
            Thread rx = new Thread(receiver, "bench-rx");
            rx.start();
            TimeUnit.SECONDS.sleep(warmup);
            receiver.reset();
            long cpu0 = engine.cpuNanos();
            long t0 = System.nanoTime();
            TimeUnit.SECONDS.sleep(seconds);
            long cpu1 = engine.cpuNanos();
            long t1 = System.nanoTime();
            receiver.running = false;
            rx.join();
            System.out.printf(Locale.ROOT, "| %,d | %.1f %% | %,d | %.2f ms | %.2f ms | %.2f ms |%n", endpoints,
                    100.0 * (cpu1 - cpu0) / (t1 - t0), receiver.received, receiver.jitter.percentileMillis(0.5),
                    receiver.jitter.percentileMillis(0.99), receiver.jitter.percentileMillis(1.0));
            for (DatagramChannel c : phones) {
                c.close();
            }
        }
    }

    /**
     * Server mode (media-relay.sh --server): the calls are set up through a Parley server running
     * {@code PARLEY_MEDIA_ANCHOR=always} by a SIPp caller (sipp/media-uac.xml) whose SDP offers this program's phone
     * ports; SIPp logs the port of the engine endpoint answering each phone, and the phone sends there. The callees'
     * SIPp echoes the RTP it receives ({@code -rtp_echo}), so each packet is relayed by the engine twice (phone →
     * engine → callee, echo → engine → phone): 2 × 50 packets/s per call, as in the in-process steps. CPU: the
     * server's {@code parley-media-*} threads, from /proc.
     */
    static final class AnchoredCalls {

        static void run(String[] args, int warmup, int seconds) throws Exception {
            java.util.Map<String, String> o = new java.util.HashMap<>();
            for (int i = 1; i < args.length; i++) {
                String[] kv = args[i].split("=", 2);
                o.put(kv[0], kv[1]);
            }
            int calls = Integer.parseInt(o.get("calls"));
            long callers = Long.parseLong(o.get("callers"));
            long callees = Long.parseLong(o.get("callees"));
            java.nio.file.Path log = java.nio.file.Path.of(o.get("log"));
            String pid = o.get("pid");
            java.util.Map<Integer, DatagramChannel> byPort = new java.util.HashMap<>();
            StringBuilder inf = new StringBuilder("SEQUENTIAL\n");
            for (int i = 0; i < calls; i++) {
                DatagramChannel phone = phone();
                int port = ((InetSocketAddress) phone.getLocalAddress()).getPort();
                byPort.put(port, phone);
                long caller = callers + i;
                inf.append(caller).append(";[authentication username=").append(caller).append(" password=pw-")
                        .append(caller).append("-bench];").append(o.get("domain")).append(';').append(callees + i)
                        .append(';').append(port).append('\n');
            }
            java.nio.file.Files.writeString(java.nio.file.Path.of(o.get("inf")), inf);
            java.nio.file.Files.writeString(java.nio.file.Path.of(o.get("ready")), "ready\n");

            List<DatagramChannel> connected = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60 + calls / 10);
            java.util.regex.Pattern line = java.util.regex.Pattern.compile("anchored (\\d+) (\\d+)");
            while (connected.size() < calls && System.nanoTime() < deadline) {
                if (java.nio.file.Files.exists(log)) {
                    java.util.regex.Matcher m = line.matcher(java.nio.file.Files.readString(log));
                    while (m.find()) {
                        DatagramChannel phone = byPort.remove(Integer.parseInt(m.group(1)));
                        if (phone != null) {
                            phone.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(m.group(2))));
                            connected.add(phone);
                        }
                    }
                }
                TimeUnit.MILLISECONDS.sleep(200);
            }
            if (connected.size() < calls) {
                System.out.printf("(only %d of %d calls were set up: see the step's SIPp output)%n",
                        connected.size(), calls);
            }
            // one phone per call here, 50 packets/s, each relayed twice (out, and its echo back)
            measureRelay(connected, connected.size(), 50, warmup, seconds, () -> mediaThreadsNanos(pid));
        }

        /** CPU time of the server's media threads (/proc/PID/task/STAR/stat, utime + stime, at 100 ticks/s). */
        static long mediaThreadsNanos(String pid) {
            long ticks = 0;
            try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc", pid, "task"))) {
                for (java.nio.file.Path task : (Iterable<java.nio.file.Path>) tasks::iterator) {
                    String stat;
                    try {
                        stat = java.nio.file.Files.readString(task.resolve("stat"));
                    } catch (IOException gone) {
                        continue; // the thread ended meanwhile
                    }
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("parley-media-")) {
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return ticks * 10_000_000L;
        }
    }
}
