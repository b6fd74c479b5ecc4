package org.parley.sipconnector.jain;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/** A phone on 127.0.0.1 talking to the connector over UDP. */
final class UdpSipClient implements AutoCloseable {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final DatagramSocket socket;
    private final int serverPort;

    UdpSipClient(int serverPort) throws IOException {
        this(serverPort, LOOPBACK);
    }

    /** A client sending from another loopback address (127.0.0.n), so that it is a source of its own. */
    UdpSipClient(int serverPort, InetAddress local) throws IOException {
        this.socket = new DatagramSocket(0, local);
        this.serverPort = serverPort;
    }

    int port() {
        return socket.getLocalPort();
    }

    /** A request from this client to the connector. */
    TestRequest request(String method) {
        return TestRequest.of(method).between(port(), serverPort);
    }

    void send(TestRequest request) throws IOException {
        send(request.text().getBytes(StandardCharsets.UTF_8));
    }

    void send(byte[] datagram) throws IOException {
        socket.send(new DatagramPacket(datagram, datagram.length, LOOPBACK, serverPort));
    }

    /** The next datagram, if one arrives within {@code timeout}. */
    Optional<TestResponse> receive(Duration timeout) throws IOException {
        byte[] buffer = new byte[65536];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
        try {
            socket.receive(packet);
            return Optional.of(TestResponse.parse(buffer, packet.getLength()));
        } catch (SocketTimeoutException e) {
            return Optional.empty();
        }
    }

    /** The next final response, skipping provisional ones; fails after {@code timeout}. */
    TestResponse finalResponse(Duration timeout) throws IOException {
        return next(TestResponse::isFinal, "final response", timeout);
    }

    /**
     * Sends {@code request} and retransmits it as a phone does (RFC 3261 §17.1.2.2, Timer E from T1 = 500 ms,
     * doubling) until a final response arrives; fails after {@code timeout}.
     */
    TestResponse sendUntilAnswered(TestRequest request, Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        Duration interval = Duration.ofMillis(500);
        while (Instant.now().isBefore(deadline)) {
            send(request);
            Instant retransmitAt = Instant.now().plus(interval);
            while (Instant.now().isBefore(retransmitAt)) {
                Optional<TestResponse> next = receive(Duration.between(Instant.now(), retransmitAt));
                if (next.isPresent() && next.get().isFinal()) {
                    return next.get();
                }
            }
            interval = interval.multipliedBy(2);
        }
        throw new AssertionError("no final response within " + timeout);
    }

    /** The next response with this status code, skipping others; fails after {@code timeout}. */
    TestResponse response(int statusCode, Duration timeout) throws IOException {
        return next(r -> r.statusCode() == statusCode, statusCode + " response", timeout);
    }

    private TestResponse next(Predicate<TestResponse> wanted, String what, Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<TestResponse> next = receive(Duration.between(Instant.now(), deadline));
            if (next.isPresent() && wanted.test(next.get())) {
                return next.get();
            }
        }
        throw new AssertionError("no " + what + " within " + timeout);
    }

    @Override
    public void close() {
        socket.close();
    }
}
