package org.parley.sipconnector.media.webrtc;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.bouncycastle.tls.DatagramTransport;

/**
 * The datagram transport the DTLS handshake runs over: the endpoint's receiving thread {@link #deliver}s DTLS
 * records taken off the shared port, and what DTLS sends goes to {@code sink} (the socket, to the checked address).
 */
public final class QueueTransport implements DatagramTransport {

    private static final int MTU = 1200;
    private static final int BACKLOG = 64;
    private final BlockingQueue<byte[]> incoming = new LinkedBlockingQueue<>(BACKLOG);
    private final Consumer<byte[]> sink;
    private volatile boolean closed;

    public QueueTransport(Consumer<byte[]> sink) {
        this.sink = sink;
    }

    /** A DTLS record arrived; dropped when the handshake is not reading (DTLS retransmits). */
    public void deliver(byte[] packet, int length) {
        byte[] copy = new byte[length];
        System.arraycopy(packet, 0, copy, 0, length);
        incoming.offer(copy);
    }

    @Override
    public int getReceiveLimit() {
        return MTU;
    }

    @Override
    public int getSendLimit() {
        return MTU;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws java.io.IOException {
        if (closed) {
            throw new java.io.IOException("transport closed");
        }
        try {
            byte[] packet = incoming.poll(waitMillis, TimeUnit.MILLISECONDS);
            if (packet == null) {
                return -1;
            }
            int n = Math.min(len, packet.length);
            System.arraycopy(packet, 0, buf, off, n);
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    @Override
    public void send(byte[] buf, int off, int len) {
        byte[] copy = new byte[len];
        System.arraycopy(buf, off, copy, 0, len);
        sink.accept(copy);
    }

    @Override
    public void close() {
        closed = true;
    }
}
