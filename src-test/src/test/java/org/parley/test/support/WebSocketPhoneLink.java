package org.parley.test.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * A WebSocket to Parley as a browser's SIP stack opens it (RFC 7118): the JDK's client with
 * {@code Sec-WebSocket-Protocol: sip} and an {@code Origin}, one SIP message per text frame, an {@code .invalid}
 * host in Via and Contact (the client cannot be reached but over this connection).
 */
final class WebSocketPhoneLink implements PhoneLink {

    private final String host = UUID.randomUUID().toString().substring(0, 12) + ".invalid";
    private final String transport;
    private final CompletableFuture<Consumer<String>> receiver = new CompletableFuture<>();
    private final WebSocket socket;

    /**
     * Opens the WebSocket; fails with the JDK's {@code WebSocketHandshakeException} as cause when refused.
     *
     * @param uri    {@code ws://host:port} or {@code wss://host:port}
     * @param origin the page's origin, as a browser sends it
     */
    WebSocketPhoneLink(HttpClient http, URI uri, String origin) {
        this.transport = uri.getScheme().toUpperCase(java.util.Locale.ROOT);
        this.socket = http.newWebSocketBuilder().subprotocols("sip").header("Origin", origin)
                .connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, new Frames()).join();
    }

    @Override
    public void start(Consumer<String> r) {
        receiver.complete(r);
    }

    @Override
    public void send(String text) {
        synchronized (this) {
            socket.sendText(text, true).join();
        }
    }

    @Override
    public String via(String branch) {
        return "Via: SIP/2.0/" + transport + " " + host + ";branch=" + branch + "\r\n";
    }

    @Override
    public String contactAddress() {
        return host + ";transport=" + transport.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String ip() {
        return host;
    }

    @Override
    public int port() {
        return -1;
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** Whole text messages, handed over in order once the phone listens. */
    private final class Frames implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (!last) {
                ws.request(1);
                return null;
            }
            String text = partial.toString();
            partial.setLength(0);
            return receiver.thenAccept(r -> {
                r.accept(text);
                ws.request(1);
            });
        }
    }
}
