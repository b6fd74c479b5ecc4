package org.parley.test.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * A real SIP phone: baresip (Debian package {@code baresip}) run headless with a configuration directory of its own,
 * driven over its {@code ctrl_tcp} control port (netstrings carrying JSON both ways, see {@code TEST-PHONES.md}).
 * Commands get replies matched by token; events ({@code REGISTER_OK}, {@code CALL_INCOMING},
 * {@code CALL_ESTABLISHED}, {@code CALL_RTPESTAB}, {@code CALL_REMOTE_SDP}, {@code CALL_CLOSED} …) are kept for the
 * test to wait on. The microphone is a generated tone file; nothing needs a sound card.
 */
public final class Baresip implements AutoCloseable {

    /** How long a test waits for an event by default. */
    public static final Duration WAIT = Duration.ofSeconds(15);

    private static final AtomicInteger TOKENS = new AtomicInteger();

    /**
     * A control event.
     *
     * @param type    e.g. {@code CALL_ESTABLISHED}
     * @param json    the whole event
     */
    public record Event(String type, JsonObject json) {

        public String param() {
            return json.getString("param", "");
        }

        public String peerUri() {
            return json.getString("peeruri", "");
        }
    }

    private final Path dir;
    private final int sipPort;
    private final Process process;
    private final Socket control;
    private final OutputStream out;
    private final Thread reader;
    private final List<Event> events = new ArrayList<>();
    private final List<JsonObject> replies = new ArrayList<>();
    private final Set<Integer> taken = new HashSet<>();

    private Baresip(Path dir, int sipPort, Process process, Socket control) throws IOException {
        this.dir = dir;
        this.sipPort = sipPort;
        this.process = process;
        this.control = control;
        this.out = control.getOutputStream();
        this.reader = new Thread(this::readLoop, "baresip-ctrl-" + sipPort);
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /**
     * Starts a baresip phone with a fresh configuration under {@code parley.buildDir} and connects to its control
     * port (before any account exists, so that no event is lost).
     *
     * @param name a name for its directory and log
     */
    public static Baresip start(String name) {
        return start(name, List.of());
    }

    /**
     * Starts a baresip phone as {@link #start(String)} with more application modules loaded ({@code mwi.so}: it
     * subscribes to {@code message-summary} after registering and reports each NOTIFY as {@code MWI_NOTIFY}).
     */
    public static Baresip start(String name, List<String> appModules) {
        try {
            Path build = Path.of(System.getProperty("parley.buildDir", "target"));
            Path dir = Files.createTempDirectory(build, "baresip-" + name + "-");
            Files.createDirectories(dir.resolve("rec"));
            writeTone(dir.resolve("tone.wav"), 120);
            int sipPort = freeUdpRun(2);
            int rtpLow = freeUdpRun(10);
            int ctrlPort = Ports.freeTcp();
            Files.writeString(dir.resolve("config"), String.join("\n",
                    "sip_listen 127.0.0.1:" + sipPort,
                    "net_interface 127.0.0.1",
                    "audio_player alsa,null",
                    "audio_alert alsa,null",
                    "audio_source aufile," + dir.resolve("tone.wav"),
                    "rtp_ports " + rtpLow + "-" + (rtpLow + 9),
                    "rtp_stats yes",
                    "statmode_default off",
                    "module_path /usr/lib/baresip/modules",
                    "module g711.so",
                    "module alsa.so",
                    "module aufile.so",
                    "module sndfile.so",
                    "module_tmp uuid.so",
                    "module_tmp account.so",
                    "module_app menu.so",
                    "module_app ctrl_tcp.so",
                    appModules.stream().map(m -> "module_app " + m).collect(Collectors.joining("\n")),
                    "ctrl_tcp_listen 127.0.0.1:" + ctrlPort,
                    "snd_path " + dir.resolve("rec"),
                    ""), StandardCharsets.US_ASCII);
            Files.writeString(dir.resolve("accounts"), "");
            Files.writeString(dir.resolve("contacts"), "");
            Process p = new ProcessBuilder("baresip", "-f", dir.toString())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("baresip.log").toFile())
                    .start();
            Socket control = connect(p, ctrlPort, dir);
            return new Baresip(dir, sipPort, p, control);
        } catch (IOException e) {
            throw new UncheckedIOException("starting baresip", e);
        }
    }

    private static Socket connect(Process p, int ctrlPort, Path dir) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            if (!p.isAlive()) {
                throw new AssertionError("baresip exited with " + p.exitValue() + "; see "
                        + dir.resolve("baresip.log"));
            }
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress("127.0.0.1", ctrlPort), 1000);
                return s;
            } catch (IOException notYet) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // nothing to release
                }
                if (Instant.now().isAfter(deadline)) {
                    p.destroyForcibly();
                    throw new AssertionError("baresip's control port " + ctrlPort + " did not open; see "
                            + dir.resolve("baresip.log"));
                }
                LockSupport.parkNanos(Duration.ofMillis(30).toNanos());
            }
        }
    }

    /** The SIP port this phone listens on. */
    public int sipPort() {
        return sipPort;
    }

    /** Its working directory (config, log, recordings). */
    public Path dir() {
        return dir;
    }

    /**
     * Adds and registers an account at Parley ({@code uanew}); waits for {@code REGISTER_OK}.
     *
     * @param answerMode {@code manual} or {@code auto}
     */
    public void register(ParleyServer server, String extension, String password, String answerMode) {
        command("uanew", "<sip:" + extension + "@" + server.sipHost() + ":" + server.sipPort() + ">;auth_pass="
                + password + ";regint=60;answermode=" + answerMode);
        Event e = await("REGISTER_OK or REGISTER_FAIL", WAIT,
                ev -> ev.type().equals("REGISTER_OK") || ev.type().equals("REGISTER_FAIL"));
        if (!e.type().equals("REGISTER_OK")) {
            throw new AssertionError("baresip could not register " + extension + ": " + e.json());
        }
    }

    /** Sends a command and waits for its reply; fails when baresip answers {@code ok:false}. */
    public String command(String command, String params) {
        String token = send(command, params);
        JsonObject reply = awaitReply(token);
        if (!reply.getBoolean("ok", false)) {
            throw new AssertionError("baresip refused '" + command + " " + params + "': " + reply);
        }
        return reply.getString("data", "");
    }

    /** Sends a command without waiting for its reply; returns its token. */
    private String send(String command, String params) {
        String token = Integer.toString(TOKENS.incrementAndGet());
        JsonObject request = Json.createObjectBuilder().add("command", command).add("params", params)
                .add("token", token).build();
        byte[] json = request.toString().getBytes(StandardCharsets.UTF_8);
        try {
            synchronized (out) {
                out.write((json.length + ":").getBytes(StandardCharsets.US_ASCII));
                out.write(json);
                out.write(',');
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("baresip control port", e);
        }
        return token;
    }

    private JsonObject awaitReply(String token) {
        Instant deadline = Instant.now().plus(WAIT);
        synchronized (this) {
            while (true) {
                for (JsonObject r : replies) {
                    if (token.equals(r.getString("token", null))) {
                        replies.remove(r);
                        return r;
                    }
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("no reply from baresip to command token " + token + "; log "
                            + dir.resolve("baresip.log"));
                }
                waitQuietly(left);
            }
        }
    }

    /** Waits for an event of {@code type} not taken yet, and takes it. */
    public Event await(String type) {
        return await(type, WAIT, e -> e.type().equals(type));
    }

    /**
     * Waits for the first event matching {@code condition} that no earlier wait took, and takes it. Events of
     * different kinds are not ordered (baresip may report RTP before the call is established): each wait looks at
     * every event not taken yet.
     */
    public synchronized Event await(String what, Duration timeout, Predicate<Event> condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (int i = 0; i < events.size(); i++) {
                if (!taken.contains(i) && condition.test(events.get(i))) {
                    taken.add(i);
                    return events.get(i);
                }
            }
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                throw new AssertionError("baresip on port " + sipPort + ": no " + what + " within "
                        + timeout.toSeconds() + " s; events: " + events.stream().map(Event::type).toList()
                        + "; log " + dir.resolve("baresip.log"));
            }
            waitQuietly(left);
        }
    }

    /** Every event so far. */
    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** Whether an event of this type has come (taken or not). */
    public synchronized Optional<Event> seen(String type) {
        return events.stream().filter(e -> e.type().equals(type)).findFirst();
    }

    private void waitQuietly(long millis) {
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private void readLoop() {
        try {
            InputStream in = control.getInputStream();
            while (true) {
                int length = 0;
                int c;
                while ((c = in.read()) != ':') {
                    if (c < 0) {
                        return;
                    }
                    if (c >= '0' && c <= '9') {
                        length = length * 10 + (c - '0');
                    }
                }
                byte[] json = in.readNBytes(length);
                in.read(); // the trailing comma
                JsonObject message;
                try (var r = Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))) {
                    message = r.readObject();
                }
                synchronized (this) {
                    if (message.getBoolean("event", false)) {
                        events.add(new Event(message.getString("type", ""), message));
                    } else if (message.getBoolean("response", false)) {
                        replies.add(message);
                    }
                    notifyAll();
                }
            }
        } catch (IOException | RuntimeException closed) {
            // the control connection is gone: baresip quit
        }
    }

    /** Quits baresip ({@code quit}: it un-registers) and waits for it to end; kills it after a few seconds. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                try {
                    send("quit", "");
                } catch (UncheckedIOException e) {
                    // it may close the control port before replying
                }
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                control.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** The last lines of baresip's own log, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("baresip.log"), StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** A run of {@code count} consecutive UDP ports free on 127.0.0.1 (baresip uses its SIP port + 1 as well). */
    private static int freeUdpRun(int count) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(20_000, 30_000);
            if (allFree(base, count)) {
                return base;
            }
        }
        throw new IllegalStateException("no run of " + count + " free UDP ports");
    }

    private static boolean allFree(int base, int count) {
        List<DatagramSocket> held = new ArrayList<>();
        try {
            for (int p = base; p < base + count; p++) {
                held.add(new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), p)));
            }
            try (java.net.ServerSocket tcp = new java.net.ServerSocket(base, 1, InetAddress.getLoopbackAddress())) {
                return true;
            }
        } catch (IOException taken) {
            return false;
        } finally {
            held.forEach(DatagramSocket::close);
        }
    }

    /** Writes {@code seconds} of a 440 Hz tone as 8 kHz mono 16-bit PCM WAV. */
    private static void writeTone(Path file, int seconds) throws IOException {
        int samples = 8000 * seconds;
        ByteBuffer pcm = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples; i++) {
            pcm.putShort((short) (8000 * Math.sin(2 * Math.PI * 440 * i / 8000.0)));
        }
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        ByteArrayOutputStream wav = new ByteArrayOutputStream(44 + samples * 2);
        wav.write(header.array());
        wav.write(pcm.array());
        Files.write(file, wav.toByteArray());
    }
}
