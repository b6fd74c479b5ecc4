package org.parley.e2e.ear;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.test.support.Await;
import org.parley.test.support.Ports;

/**
 * parley.ear on Payara Server (full profile): a fresh domain on free ports, the server settings Parley needs, the EAR
 * deployed, {@code /health/ready} up and a SIP OPTIONS answered 200 with {@code Allow}. Payara Micro cannot deploy
 * EARs, so this is the one test of the EAR; everything else runs on Micro (RAR + WAR).
 */
class EarSmokeIT {

    private static final String DOMAIN = "parley";
    /** The application name (application.xml); the embedded adapter is then called parley#parley-sip. */
    private static final String RESOURCE_ADAPTER = "parley#parley-sip";
    private static final Duration ASADMIN_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SIP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration T2 = Duration.ofSeconds(4);

    private static Path payara;
    private static Path workDir;
    private static Path domainsDir;
    private static int adminPort;
    private static int httpPort;
    private static int sipPort;
    private static Map<String, String> serverEnvironment;
    private static boolean created;
    private static int asadminRuns;
    private static final Instant STARTED = Instant.now();

    @BeforeAll
    static void deployEarOnPayaraServer() throws IOException {
        payara = existing("parley.payaraServer").resolve("payara6");
        Path ear = existing("parley.ear");
        workDir = Files.createDirectories(Path.of(System.getProperty("parley.buildDir", "target"), "ear-smoke",
                "run-" + System.currentTimeMillis()));
        domainsDir = workDir.resolve("domains");
        Path dataDir = Files.createDirectories(workDir.resolve("data"));

        // every port the domain opens, each free now (and distinct); the SIP port free for UDP and TCP
        Set<Integer> ports = new LinkedHashSet<>();
        adminPort = distinctFreePort(ports);
        httpPort = distinctFreePort(ports);
        int httpsPort = distinctFreePort(ports);
        int jmsPort = distinctFreePort(ports);
        int iiopPort = distinctFreePort(ports);
        int iiopSslPort = distinctFreePort(ports);
        int iiopMutualAuthPort = distinctFreePort(ports);
        int jmxPort = distinctFreePort(ports);
        int osgiShellPort = distinctFreePort(ports);
        int debuggerPort = distinctFreePort(ports);
        int hazelcastDasPort = distinctFreePort(ports);
        int hazelcastStartPort = distinctFreePort(ports);
        do {
            sipPort = Ports.freeTcpAndUdp();
        } while (ports.contains(sipPort));

        serverEnvironment = Map.of(
                "PARLEY_SIP_HOST", "127.0.0.1",
                "PARLEY_SIP_PORT", Integer.toString(sipPort),
                "PARLEY_SIP_WS_PORT", "off",
                "PARLEY_DATA_DIR", dataDir.toString(),
                "PARLEY_ADMIN_PASSWORD", "admin-" + UUID.randomUUID(),
                "PARLEY_DOMAIN", "parley.test");

        step("create-domain", () -> asadmin("create-domain", "--nopassword", "--checkports=true",
                "--domaindir", domainsDir.toString(),
                "--adminport", Integer.toString(adminPort),
                "--instanceport", Integer.toString(httpPort),
                "--hazelcastdasport", Integer.toString(hazelcastDasPort),
                "--hazelcaststartport", Integer.toString(hazelcastStartPort),
                "--domainproperties", String.join(":",
                        "http.ssl.port=" + httpsPort,
                        "jms.port=" + jmsPort,
                        "orb.listener.port=" + iiopPort,
                        "orb.ssl.port=" + iiopSslPort,
                        "orb.mutualauth.port=" + iiopMutualAuthPort,
                        "domain.jmxPort=" + jmxPort,
                        "osgi.shell.telnet.port=" + osgiShellPort,
                        "java.debugger.port=" + debuggerPort),
                DOMAIN));
        created = true;
        // the server process inherits the environment of asadmin start-domain: Parley's configuration
        step("start-domain", () -> asadmin("start-domain", "--domaindir", domainsDir.toString(), DOMAIN));

        // what web/src/main/payara/postboot.asadmin does on Micro, for the adapter embedded in the EAR:
        // the adapter's name for the MDB (read through ${MPCONFIG=...} while the EAR is deployed), its own thread pool,
        // and an MDB pool at least as large as that pool
        step("server settings", () -> {
            remote("create-system-properties", "parley.sip.resource-adapter=" + RESOURCE_ADAPTER);
            remote("create-threadpool", "--minthreadpoolsize=16", "--maxthreadpoolsize=16", "--maxqueuesize=8192",
                    "parley-sip-threads");
            remote("create-resource-adapter-config", "--threadpoolid=parley-sip-threads", RESOURCE_ADAPTER);
            remote("set", "configs.config.server-config.mdb-container.max-pool-size=32",
                    "configs.config.server-config.mdb-container.steady-pool-size=16");
        });
        step("deploy", () -> remote("deploy", ear.toString()));
    }

    @Test
    void earAnswersSipOptionsWith200AndAllow() {
        step("ready", this::awaitReady);

        String response = timed("SIP OPTIONS", this::sendOptions);

        String statusLine = response.lines().findFirst().orElse("");
        assertTrue(statusLine.startsWith("SIP/2.0 200"),
                "expected SIP/2.0 200 to OPTIONS, got:\n" + response + logTail());
        String allow = header(response, "Allow");
        assertTrue(allow != null && allow.toUpperCase(Locale.ROOT).contains("OPTIONS"),
                "expected an Allow header listing OPTIONS, got:\n" + response + logTail());
    }

    @AfterAll
    static void stopAndDeleteDomain() throws IOException {
        if (!created) {
            return;
        }
        try {
            try {
                asadmin("stop-domain", "--domaindir", domainsDir.toString(), DOMAIN);
            } catch (AssertionError orderlyStopFailed) {
                asadmin("stop-domain", "--kill=true", "--domaindir", domainsDir.toString(), DOMAIN);
            }
        } finally {
            Path log = serverLog();
            if (Files.exists(log)) {
                Files.copy(log, workDir.resolve("server.log"), StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                asadmin("delete-domain", "--domaindir", domainsDir.toString(), DOMAIN);
            } finally {
                deleteTree(domainsDir);
                deleteTree(workDir.resolve("data"));
            }
            System.out.printf("EarSmokeIT: %d s in all; server.log kept in %s%n",
                    Duration.between(STARTED, Instant.now()).toSeconds(), workDir.resolve("server.log"));
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            Await.until(READY_TIMEOUT, "/health/ready 200 on port " + httpPort, () -> {
                try {
                    return client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException notYet) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + logTail(), e);
        }
    }

    /** One OPTIONS over UDP, retransmitted until a final response arrives (or {@link #SIP_TIMEOUT}); returns it. */
    private String sendOptions() {
        String callId = UUID.randomUUID() + "@127.0.0.1";
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            int localPort = socket.getLocalPort();
            String target = "sip:127.0.0.1:" + sipPort;
            String request = String.join("\r\n",
                    "OPTIONS " + target + " SIP/2.0",
                    "Via: SIP/2.0/UDP 127.0.0.1:" + localPort + ";branch=z9hG4bK" + UUID.randomUUID() + ";rport",
                    "Max-Forwards: 70",
                    "From: <sip:smoke@parley.test>;tag=" + Long.toHexString(System.nanoTime()),
                    "To: <" + target + ">",
                    "Call-ID: " + callId,
                    "CSeq: 1 OPTIONS",
                    "Contact: <sip:smoke@127.0.0.1:" + localPort + ">",
                    "Accept: application/sdp",
                    "Content-Length: 0",
                    "", "");
            byte[] bytes = request.getBytes(StandardCharsets.UTF_8);
            DatagramPacket out = new DatagramPacket(bytes, bytes.length, InetAddress.getLoopbackAddress(), sipPort);
            Instant deadline = Instant.now().plus(SIP_TIMEOUT);
            Duration interval = Duration.ofMillis(500);
            List<String> seen = new ArrayList<>();
            byte[] buffer = new byte[65_535];
            socket.send(out);
            Instant nextSend = Instant.now().plus(interval);
            int sent = 1;
            while (Instant.now().isBefore(deadline)) {
                Instant wakeUp = nextSend.isBefore(deadline) ? nextSend : deadline;
                socket.setSoTimeout((int) Math.max(1, Duration.between(Instant.now(), wakeUp).toMillis()));
                try {
                    DatagramPacket in = new DatagramPacket(buffer, buffer.length);
                    socket.receive(in);
                    String response = new String(in.getData(), 0, in.getLength(), StandardCharsets.UTF_8);
                    seen.add(response);
                    if (callId.equals(header(response, "Call-ID")) && !response.startsWith("SIP/2.0 1")) {
                        System.out.printf("EarSmokeIT: OPTIONS sent %d time(s)%n", sent);
                        return response;
                    }
                } catch (SocketTimeoutException noAnswerYet) {
                    if (!Instant.now().isBefore(nextSend)) {
                        // retransmission, RFC 3261 timer E: doubling from T1 = 500 ms up to T2 = 4 s
                        socket.send(out);
                        sent++;
                        interval = interval.multipliedBy(2).compareTo(T2) < 0 ? interval.multipliedBy(2) : T2;
                        nextSend = Instant.now().plus(interval);
                    }
                }
            }
            throw new AssertionError("No final response to OPTIONS from 127.0.0.1:" + sipPort + " within "
                    + SIP_TIMEOUT.toSeconds() + " s; received: " + seen + logTail());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of the first header of that name (case-insensitive, full form), or null. */
    private static String header(String message, String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return message.lines()
                .takeWhile(line -> !line.isEmpty())
                .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(line -> line.substring(prefix.length()).trim())
                .findFirst().orElse(null);
    }

    /** asadmin against the running domain. */
    private static String remote(String... command) {
        List<String> args = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", Integer.toString(adminPort)));
        args.addAll(List.of(command));
        return asadmin(args.toArray(String[]::new));
    }

    /** Runs asadmin (the CLI jar, with this JVM's Java); fails with its output and the server log's tail. */
    private static String asadmin(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar",
                payara.resolve("glassfish/lib/client/appserver-cli.jar").toString(), "--interactive=false"));
        command.addAll(List.of(args));
        Path output = workDir.resolve("asadmin-" + (++asadminRuns) + ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("AS_ADMIN_"));
        pb.environment().put("AS_JAVA", System.getProperty("java.home"));
        if (serverEnvironment != null) {
            pb.environment().putAll(serverEnvironment);
        }
        try {
            Process process = pb.start();
            process.getOutputStream().close();
            if (!process.waitFor(ASADMIN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("asadmin " + String.join(" ", args) + " did not finish in "
                        + ASADMIN_TIMEOUT.toSeconds() + " s:\n" + Files.readString(output) + logTail());
            }
            String text = Files.readString(output);
            if (process.exitValue() != 0) {
                throw new AssertionError("asadmin " + String.join(" ", args) + " failed (exit "
                        + process.exitValue() + "):\n" + text + logTail());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("could not run asadmin " + String.join(" ", args), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static Path serverLog() {
        return domainsDir.resolve(DOMAIN).resolve("logs").resolve("server.log");
    }

    /** The last lines of the domain's server.log, for failure messages. */
    private static String logTail() {
        Path log = serverLog();
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n--- last lines of " + log + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "\n(no server.log at " + log + ": " + e + ")";
        }
    }

    private static <T> T timed(String name, Supplier<T> action) {
        Instant start = Instant.now();
        try {
            return action.get();
        } finally {
            System.out.printf("EarSmokeIT: %-16s %5.1f s%n", name,
                    Duration.between(start, Instant.now()).toMillis() / 1000.0);
        }
    }

    private static void step(String name, Runnable action) {
        timed(name, () -> {
            action.run();
            return null;
        });
    }

    private static int distinctFreePort(Set<Integer> taken) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = Ports.freeTcp();
            if (taken.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no distinct free port");
    }

    private static Path existing(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.exists(Path.of(value))) {
            fail("System property " + property + " must name an existing path (got " + value
                    + "); run through Maven: mvn -pl src-test -am verify -Dit.test=EarSmokeIT");
        }
        return Path.of(value);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
