package org.parley.sipconnector.media.webrtc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The secure transport of one WebRTC endpoint on its one UDP port: answers ICE-lite checks, runs the DTLS-SRTP
 * handshake on a thread of its own, unprotects what arrives and protects what Parley sends (to the address of the
 * last valid ICE check). Before the handshake has keyed SRTP, media is neither accepted nor sent.
 */
public final class WebRtcTransport {

    private static final Logger LOG = Logger.getLogger(WebRtcTransport.class.getName());

    /** A plain RTP or RTCP packet unprotected from what arrived. */
    public record Inbound(byte[] packet, boolean rtcp) {
    }

    private final String name;
    private final IceLite ice;
    private final DatagramChannel channel;
    private final QueueTransport dtls;
    private volatile DtlsSrtp.Keys keys;
    private volatile InetSocketAddress target;

    private final DtlsIdentity identity;
    private final ThreadFactory threads;
    private boolean started;
    private final java.util.concurrent.CountDownLatch checked = new java.util.concurrent.CountDownLatch(1);

    /**
     * Answers ICE checks at once; the DTLS handshake waits for {@link #start} (records that arrive meanwhile are
     * queued: a browser answering Parley's offer may check and send its ClientHello before its SIP answer arrives).
     */
    public WebRtcTransport(String name, IceLite ice, DtlsIdentity identity, DatagramChannel channel,
            ThreadFactory threads) {
        this.name = name;
        this.ice = ice;
        this.channel = channel;
        this.identity = identity;
        this.threads = threads;
        this.dtls = new QueueTransport(this::sendDtls);
    }

    /**
     * Starts the handshake thread once ({@code server}: wait for the browser's ClientHello; else send ours once ICE
     * has checked an address); the peer's certificate must have {@code peerFingerprint}. Later calls (a
     * re-negotiation) change nothing.
     */
    public synchronized void start(String peerFingerprint, boolean server) {
        if (started) {
            return;
        }
        started = true;
        DtlsSrtp.Role role = server ? DtlsSrtp.Role.SERVER : DtlsSrtp.Role.CLIENT;
        threads.newThread(() -> handshake(role, identity, peerFingerprint)).start();
    }

    private void handshake(DtlsSrtp.Role role, DtlsIdentity identity, String peerFingerprint) {
        try {
            // a client's ClientHello needs an address: the browser's first valid check gives it
            if (role == DtlsSrtp.Role.CLIENT && !checked.await(DtlsSrtp.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("no ICE check within " + DtlsSrtp.TIMEOUT_SECONDS + " s");
            }
            keys = DtlsSrtp.run(role, identity, peerFingerprint, dtls);
            LOG.log(Level.INFO, "DTLS-SRTP of {0} established with {1} as {2}", new Object[] {name, target, role});
        } catch (IOException e) {
            LOG.log(Level.INFO, "DTLS-SRTP of {0} failed: {1}", new Object[] {name, e.getMessage()});
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public IceLite ice() {
        return ice;
    }

    /** Whether SRTP is keyed. */
    public boolean secured() {
        return keys != null;
    }

    /** Handles one datagram from {@code source}: STUN and DTLS here, SRTP/SRTCP unprotected for the caller. */
    public Optional<Inbound> receive(byte[] packet, int length, InetSocketAddress source) {
        switch (PacketKind.of(packet, length)) {
            case STUN -> ice.answer(packet, length, source).ifPresent(response -> {
                target = source;
                send(response, source);
                // after the response: a client's ClientHello follows it
                checked.countDown();
            });
            case DTLS -> {
                if (source.equals(target)) {
                    dtls.deliver(packet, length);
                }
            }
            case RTP -> {
                return keyed().flatMap(k -> k.receiving().unprotectRtp(packet, length)).map(p -> new Inbound(p, false));
            }
            case RTCP -> {
                return keyed().flatMap(k -> k.receiving().unprotectRtcp(packet, length))
                        .map(p -> new Inbound(p, true));
            }
            default -> {
                // neither STUN, DTLS nor RTP: dropped (RFC 7983)
            }
        }
        return Optional.empty();
    }

    private Optional<DtlsSrtp.Keys> keyed() {
        return Optional.ofNullable(keys);
    }

    /** Protects and sends an RTP packet (the caller serialises sends). Dropped before keys or a checked address. */
    public void sendRtp(byte[] packet, int length) {
        DtlsSrtp.Keys k = keys;
        InetSocketAddress to = target;
        if (k != null && to != null) {
            send(k.sending().protectRtp(packet, length), to);
        }
    }

    /** Protects and sends an RTCP packet on the same port (rtcp-mux). */
    public void sendRtcp(byte[] packet, int length) {
        DtlsSrtp.Keys k = keys;
        InetSocketAddress to = target;
        if (k != null && to != null) {
            send(k.sending().protectRtcp(packet, length), to);
        }
    }

    private void sendDtls(byte[] record) {
        InetSocketAddress to = target;
        if (to != null) {
            send(record, to);
        }
    }

    private void send(byte[] datagram, InetSocketAddress to) {
        try {
            channel.send(ByteBuffer.wrap(datagram), to);
        } catch (IOException e) {
            LOG.log(Level.FINE, "{0}: not sent to {1}: {2}", new Object[] {name, to, e.getMessage()});
        }
    }

    /** Ends the handshake if it still runs. */
    public void close() {
        dtls.close();
        checked.countDown();
    }
}
