package org.parley.test.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free ports on the loopback interface. */
public final class Ports {

    private Ports() {
    }

    /** A port free for both TCP and UDP right now. */
    public static int freeTcpAndUdp() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freeTcp();
            try (DatagramSocket udp = new DatagramSocket(port, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException busy) {
                // taken for UDP; try another
            }
        }
        throw new IllegalStateException("no port free for both TCP and UDP");
    }

    public static int freeTcp() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
