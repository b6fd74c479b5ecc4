package org.parley.sipconnector.media.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RFC 3264 offer/answer for one audio stream over G.711: Parley offers PCMU, PCMA and telephone-event; answering, it
 * takes the first of the offer's formats it has, keeps the offer's telephone-event payload number, writes the reverse
 * of the offered direction, and refuses every other stream with port 0.
 */
public final class OfferAnswer {

    /** The address of old-style hold (RFC 3264 §8.4). */
    public static final String NO_ADDRESS = "0.0.0.0";
    /** The telephone-event payload number Parley offers. */
    public static final int TELEPHONE_EVENT = 101;
    private static final List<Integer> CODECS = List.of(0, 8);

    private OfferAnswer() {
    }

    /** An answer to write and what it settled. */
    public record Answer(String sdp, Negotiated negotiated) {
    }

    /**
     * Whether an offer puts the session on hold (RFC 3264 §8.4, RFC 6337): it has a usable audio stream and none it
     * would receive on ({@code a=sendonly}, {@code a=inactive}, or old-style {@code c=0.0.0.0}).
     */
    public static boolean holds(SessionDescription offer) {
        List<MediaDescription> audio = offer.media().stream()
                .filter(m -> usable(m, "RTP/AVP") || usable(m, IceDtls.PROFILE)).toList();
        // with ICE, c=0.0.0.0 is no hold (RFC 8839 §4.2.1): only the direction says so
        return !audio.isEmpty() && audio.stream().allMatch(m -> m.protocol().equals(IceDtls.PROFILE)
                ? !offer.directionOf(m).receives() : held(offer, m));
    }

    /** A WebRTC answer: the answer, the browser's ICE/DTLS attributes, and Parley's {@code a=setup}. */
    public record WebRtcAnswer(Answer answer, IceDtls remote, String localSetup) {
    }

    /** Whether {@code offer} has a WebRTC audio section ({@code UDP/TLS/RTP/SAVPF}). */
    public static boolean isWebRtc(SessionDescription offer) {
        return offer.media().stream().anyMatch(m -> m.type().equals("audio") && m.port() != 0
                && m.protocol().equals(IceDtls.PROFILE));
    }

    /** Parley's WebRTC offer ({@code a=setup:actpass}, mid 0) with the ICE credentials and fingerprint of {@code local}. */
    public static String offerWebRtc(LocalSession session, String address, int port, Direction direction,
            IceDtls local) {
        return session.write(address, SdpWriter.body(address, port, CODECS, TELEPHONE_EVENT, direction, List.of(), 0,
                Optional.of(new SdpWriter.WebRtc(new IceDtls(local.ufrag(), local.password(), local.fingerprint(),
                        "actpass"), "0"))));
    }

    /**
     * Answers a WebRTC {@code offer}: the first {@code UDP/TLS/RTP/SAVPF} audio section with PCMU or PCMA and the
     * browser's ICE credentials and SHA-256 fingerprint; {@code local} gives Parley's (its setup is ignored).
     *
     * @throws SdpException when there is no such section
     */
    public static WebRtcAnswer answerWebRtc(SessionDescription offer, LocalSession session, String address, int port,
            IceDtls local) throws SdpException {
        MediaDescription audio = offer.media().stream()
                .filter(m -> usable(m, IceDtls.PROFILE) && firstCodec(m, m.formats()) >= 0).findFirst()
                .orElseThrow(() -> new SdpException("no WebRTC audio stream with PCMU or PCMA was offered"));
        IceDtls remote = IceDtls.of(audio, offer)
                .orElseThrow(() -> new SdpException("the WebRTC offer lacks ICE credentials or a sha-256 fingerprint"));
        String setup = IceDtls.answerSetup(remote.setup());
        String mid = audio.attribute("mid").orElse("0");
        Answer answer = answer(offer, session, address, port, IceDtls.PROFILE, Optional.of(new SdpWriter.WebRtc(
                new IceDtls(local.ufrag(), local.password(), local.fingerprint(), setup), mid)));
        return new WebRtcAnswer(answer, remote, setup);
    }

    /** The answer to Parley's WebRTC offer: what it settled and the browser's ICE/DTLS attributes. */
    public record WebRtcAccepted(Negotiated negotiated, IceDtls remote) {
    }

    /**
     * Takes a browser's answer to Parley's WebRTC offer: a {@code UDP/TLS/RTP/SAVPF} audio section with PCMU or
     * PCMA, ICE credentials and a SHA-256 fingerprint, and {@code a=setup:active} or {@code passive}.
     *
     * @throws SdpException for anything else (a plain RTP answer, no fingerprint, {@code actpass})
     */
    public static WebRtcAccepted acceptWebRtc(SessionDescription answer, Direction offeredDirection)
            throws SdpException {
        MediaDescription audio = answer.media().stream()
                .filter(m -> usable(m, IceDtls.PROFILE) && firstCodec(m, m.formats()) >= 0).findFirst()
                .orElseThrow(() -> new SdpException("the answer to a WebRTC offer has no WebRTC audio stream with "
                        + "PCMU or PCMA"));
        IceDtls remote = IceDtls.of(audio, answer)
                .orElseThrow(() -> new SdpException("the WebRTC answer lacks ICE credentials or a sha-256 fingerprint"));
        if (!remote.setup().equals("active") && !remote.setup().equals("passive")) {
            throw new SdpException("a WebRTC answer must say a=setup:active or passive, not " + remote.setup());
        }
        return new WebRtcAccepted(accept(answer, offeredDirection), remote);
    }

    /** Parley's offer from {@code address}:{@code port}. */
    public static String offer(LocalSession session, String address, int port, Direction direction) {
        return session.write(address, SdpWriter.body(address, port, CODECS, TELEPHONE_EVENT, direction, List.of(), 0));
    }

    /**
     * Answers {@code offer} from {@code address}:{@code port}.
     *
     * @throws SdpException when no audio stream over RTP/AVP carries PCMU or PCMA
     */
    public static Answer answer(SessionDescription offer, LocalSession session, String address, int port)
            throws SdpException {
        return answer(offer, session, address, port, "RTP/AVP", Optional.empty());
    }

    private static Answer answer(SessionDescription offer, LocalSession session, String address, int port,
            String protocol, Optional<SdpWriter.WebRtc> webrtc) throws SdpException {
        List<MediaDescription> refused = new ArrayList<>();
        MediaDescription audio = null;
        int codec = -1;
        int audioIndex = -1;
        for (MediaDescription m : offer.media()) {
            int chosen = audio == null && usable(m, protocol) ? firstCodec(m, m.formats()) : -1;
            if (chosen >= 0) {
                audio = m;
                codec = chosen;
                audioIndex = refused.size();
            } else {
                refused.add(m);
            }
        }
        if (audio == null) {
            throw new SdpException("no audio stream over RTP/AVP with PCMU or PCMA was offered");
        }
        int event = telephoneEvent(audio).orElse(-1);
        // With ICE, c=0.0.0.0 is no hold (RFC 8839 section 4.2.1): the address comes from the checks.
        boolean oldStyleHold = webrtc.isEmpty() && NO_ADDRESS.equals(offer.connectionOf(audio));
        boolean held = oldStyleHold || !offer.directionOf(audio).receives();
        Direction offered = offer.directionOf(audio);
        Direction local = (oldStyleHold && offered == Direction.SENDRECV ? Direction.SENDONLY : offered).reverse();
        String sdp = session.write(address, SdpWriter.body(address, port, List.of(codec), event, local, refused,
                audioIndex, webrtc));
        return new Answer(sdp, negotiated(offer, audio, codec, event, local, held));
    }

    /**
     * Takes the answer to Parley's offer (written with {@code offeredDirection}).
     *
     * @throws SdpException when the answer has no audio stream accepting PCMU or PCMA
     */
    public static Negotiated accept(SessionDescription answer, Direction offeredDirection) throws SdpException {
        for (MediaDescription m : answer.media()) {
            if ((usable(m, "RTP/AVP") || usable(m, IceDtls.PROFILE)) && m.port() != 0) {
                int codec = firstCodec(m, m.formats());
                if (codec >= 0) {
                    Direction theirs = answer.directionOf(m);
                    Direction local = offeredDirection;
                    if (!theirs.receives()) {
                        local = local.receives() ? Direction.RECVONLY : Direction.INACTIVE;
                    }
                    if (!theirs.sends()) {
                        local = local.sends() ? Direction.SENDONLY : Direction.INACTIVE;
                    }
                    int event = telephoneEvent(m).orElse(-1);
                    return negotiated(answer, m, codec, event, local, held(answer, m));
                }
            }
        }
        throw new SdpException("the answer accepts no audio stream with PCMU or PCMA");
    }

    private static Negotiated negotiated(SessionDescription sd, MediaDescription m, int codec, int event,
            Direction local, boolean held) {
        int rtcp = m.attribute("rtcp").map(v -> v.split(" ")[0]).flatMap(OfferAnswer::port).orElse(m.port() + 1);
        return new Negotiated(codec, event, sd.connectionOf(m), m.port(), rtcp, local, held);
    }

    private static boolean usable(MediaDescription m, String protocol) {
        return m.type().equals("audio") && m.protocol().equals(protocol) && m.port() != 0;
    }

    private static boolean held(SessionDescription sd, MediaDescription m) {
        return NO_ADDRESS.equals(sd.connectionOf(m)) || !sd.directionOf(m).receives();
    }

    private static int firstCodec(MediaDescription m, List<String> formats) {
        for (String format : formats) {
            Optional<String> encoding = m.encoding(format);
            if (encoding.isPresent()) {
                if (encoding.get().equals("PCMU/8000")) {
                    return 0;
                }
                if (encoding.get().equals("PCMA/8000")) {
                    return 8;
                }
            }
        }
        return -1;
    }

    private static Optional<Integer> telephoneEvent(MediaDescription m) {
        for (String format : m.formats()) {
            if (m.encoding(format).filter(e -> e.equals("TELEPHONE-EVENT/8000")).isPresent()) {
                return port(format);
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> port(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
