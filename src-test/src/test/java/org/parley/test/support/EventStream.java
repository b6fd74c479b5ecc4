package org.parley.test.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A subscriber to Parley's live events ({@code GET /api/events}, Server-Sent Events), as a CRM would hold one: the
 * response body is read line by line as it streams, and every complete event is kept for the test to wait on.
 */
public final class EventStream implements AutoCloseable {

    /** HTTP/1.1: a streamed response must not wait for an h2c upgrade. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * One Server-Sent Event.
     *
     * @param name its {@code event:} field (e.g. {@code call.answered})
     * @param id   its {@code id:} field
     * @param data its {@code data:} lines joined
     */
    public record Event(String name, String id, String data) {

        /** The data as a JSON object. */
        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(data))) {
                return reader.readObject();
            }
        }
    }

    private final int status;
    private final String contentType;
    private final Stream<String> lines;
    private final Thread reader;
    private final List<Event> events = new ArrayList<>();
    private int taken;

    private EventStream(HttpResponse<Stream<String>> response) {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.lines = response.body();
        this.reader = new Thread(this::read, "sse-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Subscribes as the admin; returns once the response headers have arrived (the subscription is in place). */
    public static EventStream open(ParleyServer server) {
        String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + server.adminPassword())
                .getBytes(StandardCharsets.UTF_8));
        return open(server, basic);
    }

    /** Subscribes with this {@code Authorization} header value (none when null). */
    public static EventStream open(ParleyServer server, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/events"))
                .header("Accept", "text/event-stream").GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        CompletableFuture<HttpResponse<Stream<String>>> f = HTTP.sendAsync(b.build(),
                HttpResponse.BodyHandlers.ofLines());
        try {
            return new EventStream(f.get(15, TimeUnit.SECONDS));
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("no answer to GET /api/events within 15 s", e);
        } catch (ExecutionException e) {
            throw new AssertionError("GET /api/events failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    private void read() {
        String name = "message";
        String id = null;
        StringBuilder data = new StringBuilder();
        try {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isEmpty()) {
                    if (!data.isEmpty()) {
                        add(new Event(name, id, data.toString()));
                    }
                    name = "message";
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("data:")) {
                    if (!data.isEmpty()) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
                }
            }
        } catch (RuntimeException closed) {
            // the stream was closed by close() or the server
        }
    }

    private synchronized void add(Event e) {
        events.add(e);
        notifyAll();
    }

    /** Every event received so far. */
    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** Waits for the next event (after those already taken) that matches, and takes it and those before it. */
    public synchronized Event await(String what, Duration timeout, Predicate<Event> condition) {
        return poll(timeout, condition).orElseThrow(() -> new AssertionError("No " + what + " within "
                + timeout.toSeconds() + " s on /api/events; received: " + events));
    }

    /** Like {@link #await}, empty when nothing matching comes in time. */
    public synchronized Optional<Event> poll(Duration timeout, Predicate<Event> condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            for (int i = taken; i < events.size(); i++) {
                if (condition.test(events.get(i))) {
                    taken = i + 1;
                    return Optional.of(events.get(i));
                }
            }
            long left = Duration.between(Instant.now(), deadline).toMillis();
            if (left <= 0) {
                return Optional.empty();
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    @Override
    public void close() {
        lines.close();
    }
}
