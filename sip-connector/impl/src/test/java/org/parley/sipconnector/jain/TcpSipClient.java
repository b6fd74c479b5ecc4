package org.parley.sipconnector.jain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/** A phone on 127.0.0.1 talking to the connector over one TCP connection. */
final class TcpSipClient implements AutoCloseable {

    private final Socket socket;
    private final int serverPort;

    TcpSipClient(int serverPort) throws IOException {
        this.socket = new Socket(InetAddress.getLoopbackAddress(), serverPort);
        this.serverPort = serverPort;
    }

    int port() {
        return socket.getLocalPort();
    }

    TestRequest request(String method) {
        return TestRequest.of(method).between(port(), serverPort).transport("TCP");
    }

    void send(TestRequest request) throws IOException {
        socket.getOutputStream().write(request.text().getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** Reads one response (headers, then Content-Length bytes of body); fails after {@code timeout}. */
    TestResponse receive(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (!endsWithBlankLine(message.toByteArray())) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("connection closed before a response arrived");
            }
            message.write(b);
        }
        int bodyLength = contentLength(message.toString(StandardCharsets.UTF_8));
        message.write(in.readNBytes(bodyLength));
        byte[] bytes = message.toByteArray();
        return TestResponse.parse(bytes, bytes.length);
    }

    private static boolean endsWithBlankLine(byte[] b) {
        int n = b.length;
        return n >= 4 && b[n - 4] == '\r' && b[n - 3] == '\n' && b[n - 2] == '\r' && b[n - 1] == '\n';
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:") || lower.startsWith("l:")) {
                return Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
