package org.parley.test.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** A phone's own UDP socket, sending to Parley's SIP port. */
final class UdpPhoneLink implements PhoneLink {

    private final DatagramSocket socket;
    private final InetSocketAddress parley;
    private final String ip;
    private volatile boolean open = true;

    UdpPhoneLink(DatagramSocket socket, InetSocketAddress parley, String ip) {
        this.socket = socket;
        this.parley = parley;
        this.ip = ip;
    }

    @Override
    public void start(Consumer<String> receiver) {
        Thread reader = new Thread(() -> readLoop(receiver), "sip-phone-" + socket.getLocalPort());
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop(Consumer<String> receiver) {
        byte[] buffer = new byte[65_535];
        while (open) {
            DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                continue;
            }
            receiver.accept(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
        }
    }

    @Override
    public void send(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            socket.send(new DatagramPacket(bytes, bytes.length, parley));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String via(String branch) {
        return "Via: SIP/2.0/UDP " + ip + ":" + port() + ";branch=" + branch + ";rport\r\n";
    }

    @Override
    public String contactAddress() {
        return ip + ":" + port();
    }

    @Override
    public String ip() {
        return ip;
    }

    @Override
    public int port() {
        return socket.getLocalPort();
    }

    @Override
    public void close() {
        open = false;
        socket.close();
    }
}
