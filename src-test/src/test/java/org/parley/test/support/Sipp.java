package org.parley.test.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs SIPp (Debian's {@code sip-tester}) with a scenario from {@code src/test/resources/sipp} against Parley, in a
 * working directory of its own under the build directory.
 */
public final class Sipp {

    private final String scenario;
    private final List<String> injectionLines = new ArrayList<>();
    private final Map<String, String> keys = new LinkedHashMap<>();
    private int calls = 1;
    private double rate = 10;
    private Duration timeout = Duration.ofSeconds(30);
    private String transport = "u1";
    private int localPort;
    private String localIp = "127.0.0.1";
    private String service;
    private final Map<String, String> replacements = new LinkedHashMap<>();
    private final Map<String, String> globals = new LinkedHashMap<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private boolean traceMessages;

    private Sipp(String scenario) {
        this.scenario = scenario;
    }

    /** A run of the scenario {@code name}.xml. */
    public static Sipp scenario(String name) {
        return new Sipp(name);
    }

    /** One injection-file line ({@code field0;field1;…}); lines are used in order. */
    public Sipp user(String... fields) {
        injectionLines.add(String.join(";", fields));
        return this;
    }

    /** A phone registering as {@code extension} with {@code password} in {@code domain}. */
    public Sipp phone(String extension, String password, String domain) {
        return user(extension, "[authentication username=" + extension + " password=" + password + "]", domain);
    }

    public Sipp key(String name, String value) {
        keys.put(name, value);
        return this;
    }

    /** A global scenario variable ({@code -set}). */
    public Sipp set(String name, String value) {
        globals.put(name, value);
        return this;
    }

    /** How long the scenario's {@code <pause/>} lasts ({@code -d}): ring time of a phone, talk time of a caller. */
    public Sipp pause(Duration value) {
        return option("-d", Long.toString(value.toMillis()));
    }

    /** Any other SIPp option. */
    public Sipp option(String name, String value) {
        options.put(name, value);
        return this;
    }

    public Sipp calls(int count) {
        this.calls = count;
        return this;
    }

    public Sipp rate(double perSecond) {
        this.rate = perSecond;
        return this;
    }

    public Sipp timeout(Duration value) {
        this.timeout = value;
        return this;
    }

    /** SIPp transport mode: {@code u1} (UDP), {@code t1} (TCP). */
    public Sipp transport(String mode) {
        this.transport = mode;
        return this;
    }

    /** The local SIP port (default: a free one per run); give the same one to act as the same phone again. */
    public Sipp localPort(int port) {
        this.localPort = port;
        return this;
    }

    /** The local address SIPp binds (e.g. 127.0.0.2 to play a trunk from an address of its own). */
    public Sipp localIp(String ip) {
        this.localIp = ip;
        return this;
    }

    /** The user part SIPp's requests go to ({@code -s}). */
    public Sipp service(String value) {
        this.service = value;
        return this;
    }

    /** Logs every message SIPp sends and receives ({@code -trace_msg}); read them with {@link SippTrace}. */
    public Sipp traceMessages() {
        this.traceMessages = true;
        return this;
    }

    /** Replaces {@code token} in the scenario text before running it (e.g. an expected status code). */
    public Sipp replace(String token, String value) {
        replacements.put(token, value);
        return this;
    }

    /** Runs SIPp to completion against the server. */
    public Result against(ParleyServer server) {
        Running run = start(server);
        return run.await();
    }

    /** Starts SIPp in the background (e.g. a phone waiting for a call); {@link Running#await()} collects it. */
    public Running start(ParleyServer server) {
        try {
            Path dir = Files.createTempDirectory(Path.of(System.getProperty("parley.buildDir", "target")), "sipp-");
            Path scenarioFile = dir.resolve(scenario + ".xml");
            try (InputStream in = Sipp.class.getResourceAsStream("/sipp/" + scenario + ".xml")) {
                if (in == null) {
                    throw new IllegalArgumentException("no scenario sipp/" + scenario + ".xml");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (Map.Entry<String, String> r : replacements.entrySet()) {
                    text = text.replace(r.getKey(), r.getValue());
                }
                Files.writeString(scenarioFile, text, StandardCharsets.UTF_8);
            }
            List<String> command = new ArrayList<>(List.of("sipp", "-sf", scenarioFile.toString(),
                    "-i", localIp, "-mi", localIp, "-p", Integer.toString(localPort > 0 ? localPort : Ports.freeTcpAndUdp()),
                    "-t", transport,
                    "-m", Integer.toString(calls), "-r", Double.toString(rate), "-rp", "1000",
                    "-nostdin", "-timeout", timeout.toSeconds() + "s", "-timeout_error",
                    "-trace_err", "-trace_stat", "-fd", "1"));
            if (!injectionLines.isEmpty()) {
                Path inf = dir.resolve("users.csv");
                List<String> lines = new ArrayList<>();
                lines.add("SEQUENTIAL");
                lines.addAll(injectionLines);
                Files.write(inf, lines, StandardCharsets.UTF_8);
                command.addAll(List.of("-inf", inf.toString()));
            }
            keys.forEach((k, v) -> command.addAll(List.of("-key", k, v)));
            globals.forEach((k, v) -> command.addAll(List.of("-set", k, v)));
            options.forEach((k, v) -> command.addAll(List.of(k, v)));
            if (traceMessages) {
                command.add("-trace_msg");
            }
            if (service != null) {
                command.addAll(List.of("-s", service));
            }
            command.add(server.sipHost() + ":" + server.sipPort());
            Path output = dir.resolve("sipp.out");
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            return new Running(p, output, dir, timeout, localIp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A SIPp run in progress. */
    public static final class Running {
        private final Process process;
        private final Path output;
        private final Path dir;
        private final Duration timeout;
        private final String ip;

        private Running(Process process, Path output, Path dir, Duration timeout, String ip) {
            this.process = process;
            this.output = output;
            this.dir = dir;
            this.timeout = timeout;
            this.ip = ip;
        }

        /** Waits for SIPp to end (its own timeout, plus a margin) and returns what it reported. */
        public Result await() {
            try {
                if (!process.waitFor(timeout.toSeconds() + 30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("SIPp did not end within its timeout; see " + output);
                }
                return new Result(process.exitValue(), Files.readString(output), dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Waits until SIPp has bound its UDP port (so a call to it cannot arrive before it listens). */
        public Running listeningOn(int port) {
            Await.until(Duration.ofSeconds(10), "SIPp listening on UDP " + port, () -> {
                if (!process.isAlive()) {
                    throw new AssertionError("SIPp ended before listening; see " + output);
                }
                try (java.net.DatagramSocket probe = new java.net.DatagramSocket(port,
                        java.net.InetAddress.getByName(ip))) {
                    return false;
                } catch (java.net.SocketException bound) {
                    return true;
                } catch (java.net.UnknownHostException e) {
                    throw new AssertionError(e);
                }
            });
            return this;
        }

        /** Stops it (when a test fails before the run could finish). */
        public void kill() {
            process.destroyForcibly();
        }
    }

    /**
     * What SIPp reported.
     *
     * @param exitCode 0 when every call succeeded, 1 when at least one failed
     * @param output   its screen output
     * @param dir      its working directory (logs, statistics)
     */
    public record Result(int exitCode, String output, Path dir) {

        public boolean allSucceeded() {
            return exitCode == 0;
        }

        /** The error log, when SIPp wrote one. */
        public String errors() {
            try (var files = Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().endsWith("_errors.log"))
                        .map(f -> {
                            try {
                                return Files.readString(f);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }).findFirst().orElse("");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return "SIPp exit " + exitCode + " in " + dir + "\n" + errors();
        }
    }
}
