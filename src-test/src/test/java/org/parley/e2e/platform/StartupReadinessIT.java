package org.parley.e2e.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;

/**
 * Watching a server start from its launch: {@code /health/ready} is never 200 before Parley serves, and once 200 it
 * stays 200; meanwhile {@code /api} answers 503 with problem+json and {@code Retry-After}, never a 500, and the log
 * holds no "container is in Initializing" failure. {@code /api} is asked from the moment Payara reports the
 * application deployed (its readiness no longer says "No Application deployed"): asked earlier, Payara's default web
 * module answered 404 for the whole run in a first try, after the application had deployed (see the report of
 * issue 10, points 4–5).
 */
class StartupReadinessIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final HttpClient API = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One poll: the readiness status and the API's answer (0: no connection). */
    private record Poll(int ready, int api, String apiType, String retryAfter) {
        @Override
        public String toString() {
            return ready + "/" + api;
        }
    }

    @Test
    @Disabled("not yet green: readiness now waits for the web module (never 200 then not, the API serves once"
            + " ready), but while the web module loads both /health/ready and /api answered 500 for ~80 polls -"
            + " issue 10 point 5, see the webhard report")
    void readyOnlyWhenApiAndSipServeAndTheApiSays503Meanwhile() {
        List<Poll> polls = new ArrayList<>();
        try (ParleyServer server = ParleyServer.launchWithoutWaiting("startup")) {
            String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + server.adminPassword())
                    .getBytes(StandardCharsets.UTF_8));
            Await.until(Duration.ofSeconds(600), "ready 200", () -> {
                assertTrue(server.isRunning(), () -> "the server exited:\n" + server.tail(60));
                polls.add(poll(server, admin));
                return polls.get(polls.size() - 1).ready() == 200;
            });
            for (int i = 0; i < 10; i++) {
                polls.add(poll(server, admin));
            }
            server.awaitStarted();

            int firstReady = indexOfReady(polls);
            List<Poll> after = polls.subList(firstReady, polls.size());
            assertTrue(after.stream().allMatch(p -> p.ready() == 200), () -> "never 200 then not: " + polls);
            assertTrue(after.stream().allMatch(p -> p.api() == 200), () -> "the API serves once ready: " + polls);
            for (Poll p : polls.subList(0, firstReady)) {
                assertTrue(p.ready() == 0 || p.ready() == 503 || p.ready() == 404, () -> "before ready: " + polls);
                assertTrue(p.api() == 0 || p.api() == 404 || p.api() == 503 || p.api() == 200,
                        () -> "the API while starting: " + polls);
                if (p.api() == 503 && p.apiType().startsWith("application/problem+json")) {
                    assertEquals("5", p.retryAfter(), "Parley's own 503 says when to come back");
                }
            }
            // before the web module is mapped the container itself may answer 503 (HTML): Parley cannot; once
            // mapped, Parley answers its own 503 until every part has started
            assertTrue(polls.subList(0, firstReady).stream().anyMatch(p -> p.api() == 503
                    && p.apiType().startsWith("application/problem+json")),
                    () -> "Parley's API said 503 (problem+json) while starting at least once: " + polls);
            String log = server.logText();
            assertFalse(log.contains("container is in Initializing"), "no EJB called while it starts");
        }
    }

    private static int indexOfReady(List<Poll> polls) {
        for (int i = 0; i < polls.size(); i++) {
            if (polls.get(i).ready() == 200) {
                return i;
            }
        }
        throw new AssertionError("never ready: " + polls);
    }

    private static Poll poll(ParleyServer server, String admin) {
        HttpResponse<String> health = get(HTTP, server.baseUrl() + "/health/ready", null);
        int ready = status(health);
        if (health == null || health.body().contains("No Application deployed")) {
            return new Poll(ready, 0, "", "");
        }
        HttpResponse<String> api = get(API, server.baseUrl() + "/api/calls", admin);
        return new Poll(ready, status(api), api == null ? "" : api.headers().firstValue("Content-Type").orElse(""),
                api == null ? "" : api.headers().firstValue("Retry-After").orElse(""));
    }

    private static int status(HttpResponse<String> r) {
        return r == null ? 0 : r.statusCode();
    }

    private static HttpResponse<String> get(HttpClient client, String url, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
