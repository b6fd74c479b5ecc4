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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;
import org.parley.e2e.sip.SipRequests;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SipClient;
import org.parley.test.support.SipMessageText;

/**
 * Watching a server start from the launch of its JVM, asking {@code /health/ready} and {@code /api/calls} (as admin)
 * over and over, and sending a SIP OPTIONS before each pair: until Parley is ready a connection is refused or the
 * answer is {@code 503} with a body ({@code /api}: problem+json and {@code Retry-After}), never {@code 404} or
 * {@code 500}; readiness says 200 only when SIP answers (the OPTIONS sent just before its first 200 gets 200) and the
 * API serves, and stays 200; the log holds no stack trace and no "container is in Initializing".
 *
 * <p>Payara's HTTP listener binds only once Parley is deployed (preboot.asadmin disables it, postdeploy.asadmin
 * enables it; see docs/security.md), so Payara's own 404 and empty 500 of its boot and deployment never reach a
 * client: a 503 comes only if Parley itself is not ready yet when the port opens.
 */
class StartupReadinessIT {

    private static final Duration START = Duration.ofSeconds(Long.getLong("parley.startTimeoutSeconds", 240) + 120);
    private static final Duration SIP_ANSWER = Duration.ofSeconds(5);
    private static final int NO_ANSWER = 0;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** One HTTP answer (status 0: no connection). */
    private record Answer(int status, String contentType, String retryAfter, String body) {

        static final Answer NONE = new Answer(NO_ANSWER, "", "", "");

        @Override
        public String toString() {
            return status + (body.isEmpty() ? "" : " " + body.substring(0, Math.min(body.length(), 100)));
        }
    }

    /** One round: the OPTIONS sent first (its Call-ID), then the readiness and API answers. */
    private record Poll(long millis, String optionsCallId, Answer ready, Answer api) {
        @Override
        public String toString() {
            return "\n  +" + millis + " ms ready " + ready + " | api " + api;
        }
    }

    @Test
    void untilReadyEveryAnswerIs503WithABodyAndReadyMeansSipAndApiServe() {
        List<Poll> polls = new ArrayList<>();
        try (ParleyServer server = ParleyServer.launchWithoutWaiting("startup");
                SipClient phone = SipClient.udp(server)) {
            String admin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + server.adminPassword())
                    .getBytes(StandardCharsets.UTF_8));
            SipAnswers sip = new SipAnswers(phone);
            Instant launched = Instant.now();
            Await.until(START, "/health/ready 200", () -> {
                assertTrue(server.isRunning(), () -> "the server exited:\n" + server.tail(60));
                polls.add(poll(server, phone, sip, admin, launched));
                return polls.get(polls.size() - 1).ready().status() == 200;
            });
            Poll firstReady = polls.get(polls.size() - 1);
            int options = sip.statusOf(firstReady.optionsCallId());
            for (int i = 0; i < 10; i++) {
                polls.add(poll(server, phone, sip, admin, launched));
            }
            server.awaitStarted();
            System.out.println("Answers from launch to ready (readiness/API x times): " + runs(polls));

            assertEquals(200, options, "the OPTIONS sent just before readiness first said 200 is answered 200");
            assertTrue(firstReady.ready().body().contains("\"name\":\"sip\""),
                    () -> "readiness includes the SIP check from its first 200: " + firstReady);
            assertSequence(polls, Poll::ready, "readiness");
            assertSequence(polls, Poll::api, "the API");
            int ready = polls.indexOf(firstReady);
            assertTrue(polls.subList(ready, polls.size()).stream().allMatch(p -> p.api().status() == 200),
                    () -> "the API serves from the first ready answer on: " + polls);
            // a 503 is not required: the port may open only once Parley is ready; each one that comes has its body
            List<Answer> apiUnavailable = polls.stream().map(Poll::api).filter(a -> a.status() == 503).toList();
            for (Answer a : apiUnavailable) {
                assertTrue(a.contentType().startsWith("application/problem+json"), () -> "problem+json: " + a);
                assertEquals("5", a.retryAfter(), () -> "Retry-After: " + a);
            }
            String log = server.logText();
            assertFalse(log.contains("container is in Initializing"), "no EJB asked while it starts:\n" + log);
            assertFalse(log.lines().anyMatch(l -> l.startsWith("\tat ")), "no stack trace in the log:\n" + log);
        }
    }

    /**
     * The answers of one path in order: no connection, then 503 with a body, then 200 for good; never anything else
     * (Payara's 404 and 500 above all).
     */
    private static void assertSequence(List<Poll> polls, Function<Poll, Answer> path,
            String what) {
        ToIntFunction<Poll> status = p -> path.apply(p).status();
        int i = 0;
        while (i < polls.size() && status.applyAsInt(polls.get(i)) == NO_ANSWER) {
            i++;
        }
        while (i < polls.size() && status.applyAsInt(polls.get(i)) == 503) {
            Answer a = path.apply(polls.get(i));
            assertFalse(a.body().isBlank(), () -> what + ": a 503 with a body: " + polls);
            i++;
        }
        int firstOk = i;
        assertTrue(firstOk < polls.size(), () -> what + " never answered 200: " + polls);
        assertTrue(polls.subList(firstOk, polls.size()).stream().allMatch(p -> status.applyAsInt(p) == 200),
                () -> what + ": nothing but no answer, then 503 with a body, then 200 for good: " + polls);
    }

    /** The polls as runs of equal answers, e.g. {@code 0/0 x120, 503/200 x2, 200/200 x11}. */
    private static String runs(List<Poll> polls) {
        StringBuilder sb = new StringBuilder();
        String last = "";
        int count = 0;
        for (Poll p : polls) {
            String pair = p.ready().status() + "/" + p.api().status();
            if (!pair.equals(last) && count > 0) {
                sb.append(last).append(" x").append(count).append(", ");
                count = 0;
            }
            last = pair;
            count++;
        }
        return sb.append(last).append(" x").append(count).toString();
    }

    private static Poll poll(ParleyServer server, SipClient phone, SipAnswers sip, String admin, Instant launched) {
        String callId = UUID.randomUUID() + "@startup";
        phone.send(SipRequests.request("OPTIONS", "sip:" + server.sipHost(), phone.localPort(), callId));
        Answer ready = get(server.baseUrl() + "/health/ready", Optional.empty());
        Answer api = get(server.baseUrl() + "/api/calls", Optional.of(admin));
        sip.read(Duration.ofMillis(1));
        return new Poll(Duration.between(launched, Instant.now()).toMillis(), callId, ready, api);
    }

    /** The final responses received so far, by Call-ID: read at every poll so that the socket never overflows. */
    private static final class SipAnswers {

        private final SipClient phone;
        private final Map<String, Integer> statusByCallId = new HashMap<>();

        SipAnswers(SipClient phone) {
            this.phone = phone;
        }

        /** Reads what has arrived, waiting at most {@code wait} for the first message. */
        void read(Duration wait) {
            Optional<SipMessageText> m = phone.receive(wait);
            while (m.isPresent()) {
                SipMessageText message = m.get();
                if (message.isResponse() && message.status() >= 200) {
                    message.header("Call-ID").ifPresent(id -> statusByCallId.put(id, message.status()));
                }
                m = phone.receive(Duration.ofMillis(1));
            }
        }

        /** The status of the final response to that Call-ID, waiting for it a few seconds (0: none). */
        int statusOf(String callId) {
            Instant deadline = Instant.now().plus(SIP_ANSWER);
            while (!statusByCallId.containsKey(callId) && Instant.now().isBefore(deadline)) {
                read(Duration.between(Instant.now(), deadline));
            }
            return statusByCallId.getOrDefault(callId, NO_ANSWER);
        }
    }

    private static Answer get(String url, Optional<String> authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        authorization.ifPresent(a -> b.header("Authorization", a));
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    r.headers().firstValue("Retry-After").orElse(""), r.body());
        } catch (IOException e) {
            return Answer.NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
