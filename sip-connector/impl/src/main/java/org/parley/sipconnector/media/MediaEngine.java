package org.parley.sipconnector.media;

import org.parley.sipconnector.Sound;

import org.parley.sipconnector.Negotiation;

import org.parley.sipconnector.MediaUnavailableException;

import org.parley.sipconnector.MediaEvent;

import org.parley.sipconnector.MediaConnection;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.media.webrtc.DtlsIdentity;
import org.parley.sipconnector.media.webrtc.WebRtcTransport;

/**
 * Parley's in-process media engine: endpoints on UDP port pairs from the configured range, one receiving thread for
 * all sockets and one pacing thread that sends every endpoint's 20 ms packets (sounds, key presses), reports
 * timeouts and sends RTCP. Both threads belong to the resource adapter: made by {@link #start}, ended by
 * {@link #stop}.
 */
public final class MediaEngine implements MediaConnection {

    private static final Logger LOG = Logger.getLogger(MediaEngine.class.getName());
    /** Packet interval of every stream. */
    public static final Duration TICK = Duration.ofMillis(20);

    private final MediaSettings settings;
    private final Consumer<MediaEvent> events;
    private final PortRange ports;
    private final DtmfReports dtmf;
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Object pairing = new Object();
    private final Receiver receiver;
    private final ScheduledExecutorService pacer;
    private final long timeoutNanos;
    private final ThreadFactory threads;
    private final DtlsIdentity identity = DtlsIdentity.generate("parley");

    private MediaEngine(MediaSettings settings, Consumer<MediaEvent> events, DtmfReports dtmf,
            ThreadFactory threads) {
        this.settings = settings;
        this.events = Objects.requireNonNull(events, "events");
        this.ports = new PortRange(settings.bindHost(), settings.firstPort(), settings.lastPort());
        this.dtmf = Objects.requireNonNull(dtmf, "dtmf");
        this.timeoutNanos = settings.rtpTimeout().toNanos();
        this.threads = threads;
        this.receiver = new Receiver(threads);
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, threads);
        executor.setRemoveOnCancelPolicy(true);
        this.pacer = executor;
    }

    /**
     * Starts the receiving and pacing threads, made by {@code threads}; events go to {@code events}, key presses
     * through {@code dtmf} (which reports to the same place).
     */
    public static MediaEngine start(MediaSettings settings, Consumer<MediaEvent> events, DtmfReports dtmf,
            ThreadFactory threads) {
        MediaEngine engine = new MediaEngine(settings, events, dtmf, threads);
        engine.receiver.start();
        engine.pacer.scheduleAtFixedRate(engine::tick, TICK.toNanos(), TICK.toNanos(), TimeUnit.NANOSECONDS);
        LOG.log(Level.INFO, "Media engine on ports {0}-{1}, advertising {2}, RTP timeout {3} s", new Object[] {
                String.valueOf(settings.firstPort()), String.valueOf(settings.lastPort()), settings.address(),
                String.valueOf(settings.rtpTimeout().toSeconds())});
        return engine;
    }

    /** Closes every endpoint and stops both threads. */
    public void stop() {
        for (String id : List.copyOf(endpoints.keySet())) {
            close(id);
        }
        pacer.shutdownNow();
        try {
            receiver.stop();
            pacer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tick() {
        long now = System.nanoTime();
        for (Endpoint endpoint : endpoints.values()) {
            try {
                endpoint.tick(now, timeoutNanos);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Media tick failed for " + endpoint, e);
            }
        }
    }

    /** The engine's DTLS certificate and key, made at start, shared by its WebRTC endpoints. */
    DtlsIdentity identity() {
        return identity;
    }

    /** The resource adapter's threads (a WebRTC endpoint's DTLS handshake runs on one). */
    ThreadFactory threads() {
        return threads;
    }

    String address() {
        return settings.address();
    }

    /** Where key presses are reported once per press, shared with SIP INFO. */
    public DtmfReports dtmf() {
        return dtmf;
    }

    void emit(MediaEvent event) {
        events.accept(event);
    }

    /** Port pairs in use (tests: back to 0 once every endpoint is closed). */
    public int portsInUse() {
        return ports.inUse();
    }

    @Override
    public String open(String legId, org.parley.sipconnector.MediaKind kind) {
        Objects.requireNonNull(legId, "legId");
        Objects.requireNonNull(kind, "kind");
        PortRange.Pair pair = ports.allocate();
        String id = "m" + ids.incrementAndGet();
        Endpoint endpoint = new Endpoint(id, legId, pair, this, kind);
        endpoints.put(id, endpoint);
        receiver.add(endpoint);
        LOG.log(Level.FINE, "Opened {0}", endpoint);
        return id;
    }

    @Override
    public SipBody offer(String endpointId) {
        return endpoint(endpointId).offer();
    }

    @Override
    public Negotiation answer(String endpointId, SipBody offer) {
        return endpoint(endpointId).answer(offer);
    }

    @Override
    public Negotiation accept(String endpointId, SipBody answer) {
        return endpoint(endpointId).accept(answer);
    }

    @Override
    public void connect(String endpointA, String endpointB) {
        Endpoint a = endpoint(endpointA);
        Endpoint b = endpoint(endpointB);
        if (a == b) {
            throw new IllegalArgumentException("an endpoint cannot be connected to itself: " + endpointA);
        }
        synchronized (pairing) {
            unpair(a);
            unpair(b);
            a.partner(b);
            b.partner(a);
        }
    }

    @Override
    public void disconnect(String endpointId) {
        Endpoint endpoint = endpoint(endpointId);
        synchronized (pairing) {
            unpair(endpoint);
        }
    }

    private static void unpair(Endpoint endpoint) {
        Endpoint previous = endpoint.partner();
        if (previous != null) {
            previous.partner(null);
            endpoint.partner(null);
        }
    }

    @Override
    public void play(String endpointId, List<Sound> sounds, boolean loop) {
        if (sounds.isEmpty()) {
            throw new IllegalArgumentException("nothing to play");
        }
        endpoint(endpointId).play(sounds, loop);
    }

    @Override
    public void stop(String endpointId) {
        endpoint(endpointId).stopPlayback();
    }

    @Override
    public void record(String endpointId, Path wav, Duration endOnSilence) {
        endpoint(endpointId).record(wav, endOnSilence);
    }

    @Override
    public void stopRecording(String endpointId) {
        endpoint(endpointId).stopRecording();
    }

    @Override
    public void sendDtmf(String endpointId, char digit, int durationMillis) {
        endpoint(endpointId).sendDtmf(digit, durationMillis);
    }

    @Override
    public void close(String endpointId) {
        Endpoint endpoint = endpoints.remove(endpointId);
        if (endpoint == null) {
            return;
        }
        Endpoint partner;
        synchronized (pairing) {
            partner = endpoint.close();
            if (partner != null) {
                partner.partner(null);
            }
        }
        ports.release(endpoint.ports);
        receiver.closed();
        LOG.log(Level.FINE, "Closed {0}", endpoint);
    }

    /** Whether the WebRTC endpoint {@code endpointId} has finished its DTLS-SRTP handshake (tests). */
    boolean secured(String endpointId) {
        return endpoint(endpointId).webrtc().map(WebRtcTransport::secured).orElse(false);
    }

    @Override
    public int openEndpoints() {
        return endpoints.size();
    }

    private Endpoint endpoint(String id) {
        Endpoint endpoint = endpoints.get(Objects.requireNonNull(id, "endpointId"));
        if (endpoint == null) {
            throw new MediaUnavailableException("no media endpoint " + id + " (closed or never opened)");
        }
        return endpoint;
    }
}
