package org.parley.sipconnector.media;

import org.parley.sipconnector.Sound;

import org.parley.sipconnector.Negotiation;

import org.parley.sipconnector.MediaUnavailableException;

import org.parley.sipconnector.MediaRefusedException;

import org.parley.sipconnector.MediaEvent;

import org.parley.sipconnector.DtmfMethod;

import org.parley.sipconnector.MediaKind;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.media.sdp.Direction;
import org.parley.sipconnector.media.sdp.LocalSession;
import org.parley.sipconnector.media.sdp.Negotiated;
import org.parley.sipconnector.media.sdp.OfferAnswer;
import org.parley.sipconnector.media.sdp.SdpException;
import org.parley.sipconnector.media.sdp.SdpParser;
import org.parley.sipconnector.media.sdp.SessionDescription;
import org.parley.sipconnector.media.sdp.IceDtls;
import org.parley.sipconnector.media.webrtc.IceLite;
import org.parley.sipconnector.media.webrtc.WebRtcTransport;

/**
 * One leg's RTP stream on Parley's engine: its socket pair, what offer/answer settled, where the far end really is
 * (latched from the packets it sends), and what Parley sends it: relayed audio from a partner endpoint, a playback,
 * key presses. Every field is guarded by the endpoint's monitor; no method holds two endpoints' monitors at once.
 */
final class Endpoint {

    private static final Logger LOG = Logger.getLogger(Endpoint.class.getName());
    private static final long RTCP_INTERVAL_NANOS = 5_000_000_000L;
    private static final long NANOS_PER_SAMPLE = 125_000L;

    final String id;
    final String legId;
    final PortRange.Pair ports;
    private final MediaEngine engine;
    private final RtpSender sender;
    private final LocalSession session = new LocalSession();
    private final DtmfSender dtmf = new DtmfSender();
    private final ReceptionStats stats = new ReceptionStats();
    private final byte[] rtcp = new byte[128];
    private final ByteBuffer rtcpBuffer = ByteBuffer.wrap(rtcp);
    private final byte[] cname;
    private Negotiated negotiated;
    private InetSocketAddress remote;
    private InetSocketAddress remoteRtcp;
    private boolean latched;
    private Endpoint partner;
    private Playback playback;
    private WavRecorder recorder;
    private long lastEventTimestamp = -1;
    private long relaySourceEvent = -1;
    private long relayEventTimestamp;
    private boolean relayEventEnded;
    private long lastRtpNanos;
    private boolean timeoutReported;
    private long nextRtcpNanos;
    private EndpointState state = EndpointState.OPEN;
    private volatile WebRtcTransport webrtc;
    private final MediaKind kind;

    Endpoint(String id, String legId, PortRange.Pair ports, MediaEngine engine, MediaKind kind) {
        this.id = id;
        this.legId = legId;
        this.ports = ports;
        this.engine = engine;
        this.kind = kind;
        this.sender = new RtpSender(ports.rtp());
        this.cname = RtcpReports.cname(id);
    }

    // ---- offer/answer

    synchronized SipBody offer() {
        requireOpen();
        if (speaksWebRtc()) {
            return SipBody.sdp(OfferAnswer.offerWebRtc(session, engine.address(), ports.rtpPort(), Direction.SENDRECV,
                    localIceDtls("actpass")));
        }
        return SipBody.sdp(OfferAnswer.offer(session, engine.address(), ports.rtpPort(), Direction.SENDRECV));
    }

    synchronized Negotiation answer(SipBody offer) {
        requireOpen();
        try {
            SessionDescription parsed = parse(offer);
            if (OfferAnswer.isWebRtc(parsed)) {
                return answerWebRtc(parsed);
            }
            OfferAnswer.Answer answer = OfferAnswer.answer(parsed, session, engine.address(), ports.rtpPort());
            apply(answer.negotiated());
            return new Negotiation(SipBody.sdp(answer.sdp()),
                    negotiated.codecName(), negotiated.held());
        } catch (SdpException e) {
            throw new MediaRefusedException(e.getMessage());
        }
    }

    /** A WebRTC offer: ICE-lite and DTLS-SRTP on the RTP port, started with the first offer, kept on re-offers. */
    private Negotiation answerWebRtc(SessionDescription parsed) throws SdpException {
        OfferAnswer.WebRtcAnswer answer = OfferAnswer.answerWebRtc(parsed, session, engine.address(), ports.rtpPort(),
                localIceDtls("passive"));
        webrtc.start(answer.remote().fingerprint(), IceDtls.dtlsServer(answer.localSetup()));
        apply(answer.answer().negotiated());
        return new Negotiation(SipBody.sdp(answer.answer().sdp()), negotiated.codecName(), negotiated.held());
    }

    /** Opened as WebRTC, or answered a WebRTC offer: Parley's offers are WebRTC too (a re-INVITE to a browser). */
    private boolean speaksWebRtc() {
        return kind == MediaKind.WEBRTC || webrtc != null;
    }

    /** Parley's ICE credentials and fingerprint, the transport made (not started) on first use and kept. */
    private IceDtls localIceDtls(String setup) {
        if (webrtc == null) {
            webrtc = new WebRtcTransport(id, new IceLite(IceCredentials.ufrag(), IceCredentials.password()),
                    engine.identity(), ports.rtp(), engine.threads());
            sender.secure(webrtc);
        }
        return new IceDtls(webrtc.ice().ufrag(), webrtc.ice().password(), engine.identity().fingerprint(), setup);
    }

    /** The WebRTC transport, when this endpoint answered a WebRTC offer. */
    java.util.Optional<WebRtcTransport> webrtc() {
        return java.util.Optional.ofNullable(webrtc);
    }

    synchronized Negotiation accept(SipBody answer) {
        requireOpen();
        try {
            SessionDescription parsed = parse(answer);
            if (speaksWebRtc()) {
                OfferAnswer.WebRtcAccepted accepted = OfferAnswer.acceptWebRtc(parsed, Direction.SENDRECV);
                // the browser's active makes Parley the DTLS server, its passive the client (RFC 5763)
                localIceDtls("actpass");
                webrtc.start(accepted.remote().fingerprint(),
                        IceDtls.dtlsServer(IceDtls.answerSetup(accepted.remote().setup())));
                apply(accepted.negotiated());
            } else {
                apply(OfferAnswer.accept(parsed, Direction.SENDRECV));
            }
            return new Negotiation(SipBody.empty(), negotiated.codecName(),
                    negotiated.held());
        } catch (SdpException e) {
            throw new MediaRefusedException(e.getMessage());
        }
    }

    private static SessionDescription parse(SipBody body) throws SdpException {
        if (body.isEmpty() || !body.contentType().toLowerCase(java.util.Locale.ROOT).startsWith("application/sdp")) {
            throw new SdpException("no SDP body (" + body + ")");
        }
        return SdpParser.parse(body.text());
    }

    private void apply(Negotiated n) {
        state = state.on(EndpointState.Trigger.NEGOTIATE);
        boolean moved = negotiated == null || !n.remoteHost().equals(negotiated.remoteHost())
                || n.remotePort() != negotiated.remotePort();
        negotiated = n;
        if (moved) {
            latched = false;
            remote = n.sending() ? new InetSocketAddress(n.remoteHost(), n.remotePort()) : null;
            remoteRtcp = n.sending() ? new InetSocketAddress(n.remoteHost(), n.remoteRtcpPort()) : null;
        }
        lastRtpNanos = System.nanoTime();
        timeoutReported = false;
        sender.newTalkspurt();
        LOG.log(Level.FINE, "Media {0} of leg {1}: {2}, far end {3}:{4} ({5}){6}", new Object[] {id, legId,
                n.codecName(), n.remoteHost(), String.valueOf(n.remotePort()), n.local(), n.held() ? ", held" : ""});
    }

    private boolean sending() {
        return negotiated != null && negotiated.local().sends() && (remote != null || webrtc != null);
    }

    // ---- receiving (the receiver thread)

    /**
     * An RTP packet arrived from {@code source}. Returns the partner to relay it to (outside this monitor), if
     * any.
     */
    Endpoint rtp(byte[] packet, int length, InetSocketAddress source, long nowNanos) {
        synchronized (this) {
            if (state != EndpointState.NEGOTIATED || !RtpPackets.valid(packet, length)) {
                return null;
            }
            // WebRTC: SRTP authenticated it, and ICE may move to another candidate pair: no latching
            if (webrtc == null && !latched) {
                latch(source);
            } else if (webrtc == null && !source.equals(remote)) {
                return null;
            }
            stats.received(RtpPackets.ssrc(packet), RtpPackets.sequence(packet), RtpPackets.timestamp(packet),
                    nowNanos / NANOS_PER_SAMPLE);
            lastRtpNanos = nowNanos;
            int type = RtpPackets.payloadType(packet);
            int offset = RtpPackets.payloadOffset(packet, length);
            int end = RtpPackets.payloadEnd(packet, length);
            if (type == negotiated.telephoneEvent() && end - offset >= TelephoneEvents.LENGTH) {
                long timestamp = RtpPackets.timestamp(packet);
                if (timestamp != lastEventTimestamp) {
                    lastEventTimestamp = timestamp;
                    char digit = TelephoneEvents.digit(TelephoneEvents.code(packet, offset));
                    if (digit != 0) {
                        engine.dtmf().heard(legId, digit, DtmfMethod.RFC4733);
                    }
                }
            } else if ((type == G711.PCMU || type == G711.PCMA) && recorder != null) {
                record(type, packet, offset, end - offset);
            }
            return partner;
        }
    }

    private void latch(InetSocketAddress source) {
        if (!source.equals(remote)) {
            LOG.log(Level.FINE, "Media {0} latched to {1} (SDP said {2})", new Object[] {id, source, remote});
            remote = source;
            remoteRtcp = new InetSocketAddress(source.getAddress(), source.getPort() + 1);
        }
        latched = true;
    }

    private void record(int type, byte[] packet, int offset, int length) {
        try {
            if (recorder.write(type, packet, offset, length)) {
                engine.emit(new MediaEvent.SilenceDetected(legId, id));
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Recording of {0} to {1} stopped: {2}", new Object[] {id, recorder.file(),
                    e.getMessage()});
            closeRecorder();
        }
    }

    /** An RTCP packet arrived. */
    synchronized void rtcp(byte[] packet, int length, long nowNanos) {
        if (state == EndpointState.NEGOTIATED) {
            RtcpReports.read(packet, length, stats, nowNanos);
        }
    }

    /** Relays what the partner received ({@code packet} as it arrived there) to this endpoint's far end. */
    synchronized void relay(Endpoint from, byte[] packet, int length, int telephoneEventOfSource) {
        if (state != EndpointState.NEGOTIATED || partner != from || !sending() || playback != null) {
            return;
        }
        int type = RtpPackets.payloadType(packet);
        int offset = RtpPackets.payloadOffset(packet, length);
        int end = RtpPackets.payloadEnd(packet, length);
        if (type == telephoneEventOfSource) {
            relayEvent(packet, offset, end);
        } else if ((type == G711.PCMU || type == G711.PCMA) && !dtmf.busy()) {
            sender.audio(remote, negotiated.codec(), type, packet, offset, end - offset);
        }
    }

    private void relayEvent(byte[] packet, int offset, int end) {
        if (negotiated.telephoneEvent() < 0 || end - offset < TelephoneEvents.LENGTH) {
            return;
        }
        long source = RtpPackets.timestamp(packet);
        boolean first = source != relaySourceEvent;
        if (first) {
            relaySourceEvent = source;
            relayEventTimestamp = sender.timestamp();
            relayEventEnded = false;
        }
        boolean ended = TelephoneEvents.end(packet, offset);
        int duration = TelephoneEvents.duration(packet, offset);
        sender.event(remote, negotiated.telephoneEvent(), relayEventTimestamp, first,
                TelephoneEvents.code(packet, offset), ended, duration);
        if (ended && !relayEventEnded) {
            relayEventEnded = true;
            sender.advance(duration);
            sender.newTalkspurt();
        }
    }

    synchronized int telephoneEvent() {
        return negotiated == null ? -1 : negotiated.telephoneEvent();
    }

    // ---- the 20 ms tick (the pacer thread)

    /** Sends this tick's packet (key press or sound frame), reports a finished playback or a timeout, RTCP. */
    synchronized void tick(long nowNanos, long timeoutNanos) {
        if (state != EndpointState.NEGOTIATED) {
            return;
        }
        boolean sending = sending();
        if (sending && dtmf.busy() && negotiated.telephoneEvent() >= 0) {
            dtmf.tick(sender, remote, negotiated.telephoneEvent());
        } else if (playback != null) {
            if (playback.next()) {
                if (sending) {
                    sender.audio(remote, negotiated.codec(), G711.PCMU, playback.frame(), 0, Playback.FRAME);
                }
            } else {
                playback = null;
                sender.newTalkspurt();
                engine.emit(new MediaEvent.PlaybackFinished(legId, id, false));
            }
        }
        // a held stream (far end sendonly, inactive or c=0.0.0.0) owes no RTP (RFC 3264 §8.4): it never times out
        if (!timeoutReported && negotiated.local().receives() && !negotiated.held()
                && nowNanos - lastRtpNanos > timeoutNanos) {
            timeoutReported = true;
            LOG.log(Level.INFO, "No RTP on media {0} of leg {1} for {2} s", new Object[] {id, legId,
                    String.valueOf(timeoutNanos / 1_000_000_000L)});
            engine.emit(new MediaEvent.MediaTimeout(legId, id));
        }
        if ((remoteRtcp != null || webrtc != null) && nowNanos - nextRtcpNanos >= 0) {
            nextRtcpNanos = nowNanos + RTCP_INTERVAL_NANOS;
            sendRtcp(nowNanos);
        }
    }

    private void sendRtcp(long nowNanos) {
        int length = RtcpReports.write(rtcp, sender.ssrc(), sender, stats, cname, System.currentTimeMillis(),
                nowNanos);
        if (webrtc != null) {
            webrtc.sendRtcp(rtcp, length);
            return;
        }
        rtcpBuffer.clear().limit(length);
        try {
            ports.rtcp().send(rtcpBuffer, remoteRtcp);
        } catch (IOException e) {
            LOG.log(Level.FINE, "RTCP of {0} not sent: {1}", new Object[] {id, e.getMessage()});
        }
    }

    // ---- commands

    synchronized void partner(Endpoint other) {
        partner = other;
        sender.newTalkspurt();
        // a new partner (the call answered after ringing, a queue's agent): RTP is owed from now on
        lastRtpNanos = System.nanoTime();
        timeoutReported = false;
    }

    synchronized Endpoint partner() {
        return partner;
    }

    synchronized void play(List<Sound> sounds, boolean loop) {
        requireOpen();
        boolean replaced = playback != null;
        playback = new Playback(sounds, loop);
        sender.newTalkspurt();
        if (replaced) {
            engine.emit(new MediaEvent.PlaybackFinished(legId, id, true));
        }
    }

    synchronized void stopPlayback() {
        if (playback != null) {
            playback = null;
            sender.newTalkspurt();
            engine.emit(new MediaEvent.PlaybackFinished(legId, id, true));
        }
    }

    synchronized void record(Path file, Duration endOnSilence) {
        requireOpen();
        closeRecorder();
        try {
            recorder = new WavRecorder(file, new SilenceDetector(endOnSilence.toMillis()
                    * SilenceDetector.SAMPLES_PER_SECOND / 1000));
        } catch (IOException e) {
            throw new MediaUnavailableException("cannot record to " + file + ": " + e.getMessage(), e);
        }
    }

    synchronized void stopRecording() {
        closeRecorder();
    }

    private void closeRecorder() {
        if (recorder != null) {
            try {
                recorder.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Recording {0} not completed: {1}", new Object[] {recorder.file(),
                        e.getMessage()});
            }
            recorder = null;
        }
    }

    synchronized void sendDtmf(char digit, int millis) {
        requireOpen();
        dtmf.queue(digit, millis);
    }

    /** Stops everything; the caller releases the ports. Returns the partner to disconnect. */
    synchronized Endpoint close() {
        state = state.on(EndpointState.Trigger.CLOSE);
        playback = null;
        dtmf.clear();
        closeRecorder();
        if (webrtc != null) {
            webrtc.close();
        }
        Endpoint was = partner;
        partner = null;
        return was;
    }

    private void requireOpen() {
        if (state == EndpointState.CLOSED) {
            throw new MediaUnavailableException("media endpoint " + id + " is closed");
        }
    }

    @Override
    public String toString() {
        return "media " + id + " (leg " + legId + ", port " + ports.rtpPort() + ")";
    }
}
