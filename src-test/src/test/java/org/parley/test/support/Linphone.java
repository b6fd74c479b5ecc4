package org.parley.test.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second vendor's phone: Linphone's command-line client {@code linphonec} (Debian package {@code linphone-cli}),
 * headless, with a home directory and configuration of its own, driven by typing commands on its standard input
 * (kept open) and reading what it prints. Started with {@code -a}: it answers incoming calls by itself.
 */
public final class Linphone implements AutoCloseable {

    /** How long a test waits for something Linphone prints. */
    public static final Duration WAIT = Duration.ofSeconds(20);

    private final Path dir;
    private final Process process;
    private final OutputStream input;

    private Linphone(Path dir, Process process) {
        this.dir = dir;
        this.process = process;
        this.input = process.getOutputStream();
    }

    /** Starts linphonec on free loopback ports; {@code name} names its directory. */
    public static Linphone start(String name) {
        try {
            Path build = Path.of(System.getProperty("parley.buildDir", "target"));
            Path dir = Files.createTempDirectory(build, "linphone-" + name + "-");
            // without it, incoming calls are refused with 503 (TEST-PHONES.md)
            Files.createDirectories(dir.resolve("home/.local/share/linphone"));
            Files.writeString(dir.resolve("linphonerc"), String.join("\n",
                    "[sip]", "sip_port=" + Ports.freeTcpAndUdp(), "sip_tcp_port=-1",
                    "[rtp]", "audio_rtp_port=" + Ports.freeTcpAndUdp(), ""), StandardCharsets.US_ASCII);
            ProcessBuilder pb = new ProcessBuilder("linphonec", "-c", dir.resolve("linphonerc").toString(), "-a")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("linphonec.log").toFile());
            pb.environment().put("HOME", dir.resolve("home").toString());
            return new Linphone(dir, pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException("starting linphonec", e);
        }
    }

    /** Types a command at linphonec's prompt. */
    public void command(String line) {
        try {
            input.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            input.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("linphonec: " + line + "\n" + logTail(), e);
        }
    }

    /** Registers {@code extension} with Parley and waits until Parley lists the binding. */
    public void register(ParleyServer server, String extension, String password) {
        String host = server.sipHost() + ":" + server.sipPort();
        command("register sip:" + extension + "@" + host + " sip:" + host + " " + password);
        Await.until(WAIT, "linphonec registered as " + extension + "\n" + logTail(), () -> server.admin()
                .get("/api/registrations?extension=" + extension).jsonArray().size() == 1);
    }

    /** Waits until linphonec has printed a line containing {@code text}, and returns that line. */
    public String await(String text) {
        return Await.value(WAIT, "linphonec printing \"" + text + "\"", () -> lines().stream()
                .filter(l -> l.contains(text)).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    /** What linphonec printed so far. */
    public List<String> lines() {
        try {
            return Files.readAllLines(dir.resolve("linphonec.log"), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String logTail() {
        List<String> lines = lines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** Quits ({@code quit}), then kills it if it does not end within a few seconds. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                try {
                    command("quit");
                } catch (UncheckedIOException e) {
                    // it may have closed its input already; it is killed below if still running
                }
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
