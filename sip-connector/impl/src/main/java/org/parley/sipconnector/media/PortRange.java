package org.parley.sipconnector.media;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands out pairs of UDP sockets from the configured range: RTP on an even port, RTCP on the next one (RFC 3550
 * §11). Goes round the range from where it last stopped; a pair that another process holds is skipped; a pair is free
 * again once released.
 */
final class PortRange {

    private static final Logger LOG = Logger.getLogger(PortRange.class.getName());

    /** A bound RTP/RTCP socket pair. */
    record Pair(int rtpPort, DatagramChannel rtp, DatagramChannel rtcp) {
    }

    private final String bindHost;
    private final int first;
    private final int pairs;
    private final Set<Integer> inUse = ConcurrentHashMap.newKeySet();
    private int cursor;

    PortRange(String bindHost, int first, int last) {
        this.bindHost = bindHost;
        this.first = first + (first & 1);
        this.pairs = (last - this.first + 1) / 2;
        if (pairs < 1) {
            throw new IllegalArgumentException("no even/odd port pair in " + first + "-" + last);
        }
    }

    /**
     * Binds the next free pair.
     *
     * @throws MediaUnavailableException when every pair of the range is taken
     */
    Pair allocate() {
        for (int tried = 0; tried < pairs; tried++) {
            int port = next();
            if (!inUse.add(port)) {
                continue;
            }
            DatagramChannel rtp = null;
            try {
                rtp = bind(port);
                DatagramChannel rtcp = bind(port + 1);
                return new Pair(port, rtp, rtcp);
            } catch (IOException e) {
                LOG.log(Level.FINE, "Media port {0} skipped: {1}", new Object[] {port, e.getMessage()});
                closeQuietly(rtp);
                inUse.remove(port);
            }
        }
        throw new MediaUnavailableException("no free media port pair in " + first + "-" + (first + 2 * pairs - 1));
    }

    /** Closes the pair's sockets and makes its ports available again. */
    void release(Pair pair) {
        closeQuietly(pair.rtp());
        closeQuietly(pair.rtcp());
        inUse.remove(pair.rtpPort());
    }

    /** Pairs handed out and not released. */
    int inUse() {
        return inUse.size();
    }

    private synchronized int next() {
        int port = first + 2 * cursor;
        cursor = (cursor + 1) % pairs;
        return port;
    }

    private DatagramChannel bind(int port) throws IOException {
        InetSocketAddress local = new InetSocketAddress(bindHost, port);
        DatagramChannel channel = local.getAddress() instanceof java.net.Inet6Address
                ? DatagramChannel.open(StandardProtocolFamily.INET6) : DatagramChannel.open(StandardProtocolFamily.INET);
        try {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, 64 * 1024);
            channel.bind(local);
            channel.configureBlocking(false);
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void closeQuietly(DatagramChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing a media socket failed: {0}", e.getMessage());
        }
    }
}
