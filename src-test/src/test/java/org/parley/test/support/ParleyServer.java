package org.parley.test.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The packaged Parley (RAR + WAR) on Payara Micro in a process of its own, on free ports, with a PostgreSQL
 * database of its own: what a user runs. Stop it with {@link #close()}; {@link #restart()} keeps ports and database.
 */
public final class ParleyServer implements AutoCloseable {

    /** How long a start may take: 240 s, or {@code -Dparley.startTimeoutSeconds=} on a machine shared by many builds. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(
            Long.getLong("parley.startTimeoutSeconds", 240));

    private final String name;
    private final int httpPort;
    private final int sipPort;
    private final int wsPort;
    private final String adminPassword;
    private final Map<String, String> environment;
    private final PostgresDatabase database;
    private final Path workDir;
    private Process process;
    private Path log;
    private int starts;

    private ParleyServer(String name, Map<String, String> extraEnvironment) {
        this.name = name;
        this.httpPort = Ports.freeTcp();
        this.sipPort = Ports.freeTcpAndUdp();
        this.wsPort = Ports.freeTcp();
        this.adminPassword = "admin-" + UUID.randomUUID();
        this.database = PostgresDatabase.create(name);
        try {
            Path servers = Files.createDirectories(Path.of(System.getProperty("parley.buildDir", "target"), "servers"));
            this.workDir = Files.createTempDirectory(servers, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PARLEY_SIP_HOST", "127.0.0.1");
        env.put("PARLEY_SIP_PORT", Integer.toString(sipPort));
        env.put("PARLEY_HTTP_PORT", Integer.toString(httpPort));
        env.put("PARLEY_SIP_WS_PORT", Integer.toString(wsPort));
        env.put("PARLEY_DOMAIN", "parley.test");
        env.put("PARLEY_DB_URL", database.url());
        env.put("PARLEY_DB_USER", database.user());
        env.put("PARLEY_DATA_DIR", workDir.resolve("data").toString());
        env.put("PARLEY_ADMIN_PASSWORD", adminPassword);
        env.put("PARLEY_REGISTRAR_MIN_EXPIRES", "2");
        // forwarding tests: a company number to present, and Belgium allowed besides France (PARLEY_COUNTRY)
        env.put("PARLEY_COMPANY_NUMBER", "+33298000000");
        env.put("PARLEY_FORWARDING_ALLOWED_COUNTRIES", "BE");
        // call-flow tests see busy / no-answer / unavailable as the caller's SIP answer: an extension's mailbox takes
        // its calls only where a test switches it on (PUT /api/mailboxes/{number})
        env.put("PARLEY_VOICEMAIL_EXTENSIONS", "off");
        // press 1 to accept: a call a forwarded phone refuses goes to this shared box (PressOneToAcceptIT creates it)
        env.put("PARLEY_COMPANY_MAILBOX", "7990");
        env.putAll(extraEnvironment);
        this.environment = Map.copyOf(env);
    }

    /** Starts a server and waits until it is ready. */
    public static ParleyServer start(String name, Map<String, String> extraEnvironment) {
        return begun(new ParleyServer(name, extraEnvironment), ParleyServer::launch);
    }

    public static ParleyServer start(String name) {
        return start(name, Map.of());
    }

    /** Starts a server without waiting: for a test that watches it start ({@link #awaitStarted()} waits). */
    public static ParleyServer launchWithoutWaiting(String name) {
        return begun(new ParleyServer(name, Map.of()), ParleyServer::spawn);
    }

    /** Takes the first step of a new server; if it fails, closes it (its database with it). */
    private static ParleyServer begun(ParleyServer server, Consumer<ParleyServer> firstStep) {
        try {
            firstStep.accept(server);
        } catch (RuntimeException | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** Waits until a server launched without waiting is ready. */
    public void awaitStarted() {
        awaitReady();
    }

    /** Whether the server process runs. */
    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    private void launch() {
        spawn();
        awaitReady();
    }

    private void spawn() {
        starts++;
        log = workDir.resolve("server-" + starts + ".log");
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(), "-Xmx1g", "-XX:+UseSerialGC",
                "-jar", required("parley.microJar"),
                "--nocluster",
                "--port", Integer.toString(httpPort),
                "--rootdir", workDir.resolve("payara-" + starts).toString(),
                "--addlibs", required("parley.httpGate"),
                "--logproperties", required("parley.logging"),
                "--prebootcommandfile", required("parley.preboot"),
                "--postbootcommandfile", required("parley.postboot"),
                "--postdeploycommandfile", required("parley.postdeploy"),
                "--deploy", required("parley.rar"),
                "--deploy", required("parley.war")));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).directory(workDir.toFile());
        pb.environment().putAll(environment);
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Payara Micro", e);
        }
    }

    private void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        // generous: on a loaded machine the first health request of a fresh server can take many seconds, and one
        // given up on is computed again from the start by the next
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                .timeout(Duration.ofSeconds(30)).build();
        String[] lastAnswer = {"none"};
        try {
            Await.until(START_TIMEOUT, name + " ready on " + baseUrl() + " (log " + log + ")", () -> {
                if (!process.isAlive()) {
                    throw new AssertionError("Parley exited with " + process.exitValue() + " while starting; log "
                            + log + ":\n" + tail(80));
                }
                try {
                    // Payara answers UP before the application has registered its checks: wait for Parley's own
                    HttpResponse<String> r = client.send(ready, HttpResponse.BodyHandlers.ofString());
                    lastAnswer[0] = r.statusCode() + " " + r.body();
                    return r.statusCode() == 200 && r.body().contains("\"name\":\"sip\"");
                } catch (IOException e) {
                    lastAnswer[0] = e.toString();
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nlast /health/ready answer: " + lastAnswer[0]
                    + "\n--- last lines of the log ---\n" + tail(60), e);
        }
    }

    /** Stops the process in an orderly way (as Ctrl-C would) and starts it again on the same ports and data. */
    public void restart() {
        stopProcess();
        launch();
    }

    /** Kills the process without an orderly shutdown, then starts it again. */
    public void crashAndRestart() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
        launch();
    }

    /** Its {@code PARLEY_DATA_DIR}. */
    public Path dataDir() {
        return workDir.resolve("data");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public int sipPort() {
        return sipPort;
    }

    /** The SIP over WebSocket port ({@code PARLEY_SIP_WS_PORT}). */
    public int wsPort() {
        return wsPort;
    }

    public String sipHost() {
        return "127.0.0.1";
    }

    public String domain() {
        return environment.get("PARLEY_DOMAIN");
    }

    public String adminPassword() {
        return adminPassword;
    }

    public PostgresDatabase database() {
        return database;
    }

    /** A REST client signed in as admin. */
    public RestClient admin() {
        return new RestClient(baseUrl(), "admin", adminPassword);
    }

    /** A REST client with no credentials. */
    public RestClient anonymous() {
        return new RestClient(baseUrl(), null, null);
    }

    public Path log() {
        return log;
    }

    /** The server log so far. */
    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try {
            stopProcess();
        } finally {
            database.close();
        }
    }

    private void stopProcess() {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!waitFor(Duration.ofSeconds(60))) {
                process.destroyForcibly();
                waitFor(Duration.ofSeconds(30));
            }
        }
    }

    private boolean waitFor(Duration d) {
        try {
            return process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || !Files.exists(Path.of(value))) {
            throw new IllegalStateException("System property " + property + " must name an existing file (got "
                    + value + "); run the tests through Maven: mvn verify");
        }
        return value;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
