package org.parley.sipconnector.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one thread that reads every endpoint's sockets: a selector over all RTP and RTCP channels, one receive buffer
 * reused for every packet, and the relay to the partner endpoint done right away on arrival (no added delay).
 */
final class Receiver implements Runnable {

    private static final Logger LOG = Logger.getLogger(Receiver.class.getName());
    /** Packets read from one socket before the others get their turn. */
    private static final int BURST = 32;

    /** What a selection key stands for. */
    private record Socket(Endpoint endpoint, boolean rtcp) {
    }

    private final Selector selector;
    private final Queue<Endpoint> toRegister = new ConcurrentLinkedQueue<>();
    private final byte[] packet = new byte[2048];
    private final ByteBuffer buffer = ByteBuffer.wrap(packet);
    private final Consumer<SelectionKey> ready = this::ready;
    private final Thread thread;
    private volatile boolean running = true;

    Receiver(java.util.concurrent.ThreadFactory threads) {
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a selector for RTP", e);
        }
        this.thread = threads.newThread(this);
    }

    void start() {
        thread.start();
    }

    /** Starts reading the endpoint's sockets. */
    void add(Endpoint endpoint) {
        toRegister.add(endpoint);
        selector.wakeup();
    }

    /** Lets the selector drop closed sockets now, so that their ports are free at once. */
    void closed() {
        selector.wakeup();
    }

    @Override
    public void run() {
        while (running) {
            try {
                registerNew();
                selector.select(ready, 1000);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "RTP receiver: {0}", e.toString());
            }
        }
        try {
            selector.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing the RTP selector: {0}", e.getMessage());
        }
    }

    private void registerNew() {
        Endpoint endpoint;
        while ((endpoint = toRegister.poll()) != null) {
            try {
                endpoint.ports.rtp().register(selector, SelectionKey.OP_READ, new Socket(endpoint, false));
                endpoint.ports.rtcp().register(selector, SelectionKey.OP_READ, new Socket(endpoint, true));
            } catch (ClosedChannelException e) {
                LOG.log(Level.FINE, "{0} closed before it was read", endpoint);
            }
        }
    }

    private void ready(SelectionKey key) {
        Socket socket = (Socket) key.attachment();
        DatagramChannel channel = (DatagramChannel) key.channel();
        try {
            for (int i = 0; i < BURST; i++) {
                buffer.clear();
                InetSocketAddress source = (InetSocketAddress) channel.receive(buffer);
                if (source == null) {
                    return;
                }
                long now = System.nanoTime();
                if (socket.rtcp()) {
                    socket.endpoint().rtcp(packet, buffer.position(), now);
                } else {
                    received(socket.endpoint(), source, now);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "{0}: {1}", new Object[] {socket.endpoint(), e.getMessage()});
        }
    }

    private void received(Endpoint endpoint, InetSocketAddress source, long now) {
        int length = buffer.position();
        java.util.Optional<org.parley.sipconnector.media.webrtc.WebRtcTransport> secure = endpoint.webrtc();
        if (secure.isPresent()) {
            secure.get().receive(packet, length, source).ifPresent(plain -> {
                if (plain.rtcp()) {
                    endpoint.rtcp(plain.packet(), plain.packet().length, now);
                } else {
                    relay(endpoint, plain.packet(), plain.packet().length, source, now);
                }
            });
            return;
        }
        relay(endpoint, packet, length, source, now);
    }

    private static void relay(Endpoint endpoint, byte[] packet, int length, InetSocketAddress source, long now) {
        Endpoint partner = endpoint.rtp(packet, length, source, now);
        if (partner != null) {
            partner.relay(endpoint, packet, length, endpoint.telephoneEvent());
        }
    }

    /** Stops the thread and waits for it. */
    void stop() throws InterruptedException {
        running = false;
        selector.wakeup();
        thread.join(5000);
    }
}
