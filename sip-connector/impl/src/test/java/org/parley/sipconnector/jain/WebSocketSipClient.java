package org.parley.sipconnector.jain;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A SIP client over WebSocket as a browser's JavaScript stack is one (RFC 7118): the JDK's WebSocket with
 * {@code Sec-WebSocket-Protocol: sip}, one SIP message per text frame, an {@code .invalid} host in Via and Contact.
 */
final class WebSocketSipClient implements AutoCloseable {

    final String user;
    final String host = Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".invalid";
    private final WebSocket socket;
    private final BlockingQueue<String> received;

    private WebSocketSipClient(String user, WebSocket socket, BlockingQueue<String> received) {
        this.user = user;
        this.socket = socket;
        this.received = received;
    }

    /** Connects to {@code uri} ({@code ws://…} or {@code wss://…}) as a page of {@code origin} would. */
    static WebSocketSipClient connect(HttpClient http, URI uri, String origin, String user) {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        WebSocket socket = http.newWebSocketBuilder().subprotocols("sip").header("Origin", origin)
                .connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, new Frames(received)).join();
        return new WebSocketSipClient(user, socket, received);
    }

    /** The subprotocol the server agreed to. */
    String subprotocol() {
        return socket.getSubprotocol();
    }

    /** This client's Contact: its user at its {@code .invalid} host, {@code transport=ws}. */
    String contact() {
        return "<sip:" + user + "@" + host + ";transport=ws>";
    }

    /** A Via as JavaScript stacks write it. */
    String via() {
        return "SIP/2.0/WS " + host + ";branch=" + TestPhone.branch();
    }

    void send(String message) {
        socket.sendText(message, true).join();
    }

    /** The next SIP message received; fails after {@code timeout}. */
    SipText receive(Duration timeout) throws InterruptedException {
        String text = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (text == null) {
            throw new AssertionError("nothing received over the WebSocket within " + timeout);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return SipText.parse(bytes, bytes.length);
    }

    /** The next request of {@code method}, skipping anything else. */
    SipText request(String method, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            SipText next = receive(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (next.isRequest() && next.method().equals(method)) {
                return next;
            }
        }
    }

    /** Answers {@code request} with Via, From, To (tagged), Call-ID and CSeq copied, and this client's Contact. */
    void respond(SipText request, int status, String reason, String body) {
        StringBuilder s = new StringBuilder("SIP/2.0 ").append(status).append(' ').append(reason).append("\r\n");
        for (String via : request.all("Via")) {
            s.append("Via: ").append(via).append("\r\n");
        }
        String to = request.need("To");
        s.append("From: ").append(request.need("From")).append("\r\n")
                .append("To: ").append(SipText.tag(to).isEmpty() ? to + ";tag=ws" + user : to).append("\r\n")
                .append("Call-ID: ").append(request.callId()).append("\r\n")
                .append("CSeq: ").append(request.need("CSeq")).append("\r\n")
                .append("Contact: ").append(contact()).append("\r\n");
        send(TestPhone.withBody(s, body));
    }

    @Override
    public void close() {
        socket.abort();
    }

    private static final class Frames implements WebSocket.Listener {
        private final BlockingQueue<String> received;
        private final StringBuilder partial = new StringBuilder();

        Frames(BlockingQueue<String> received) {
            this.received = received;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }
    }
}
