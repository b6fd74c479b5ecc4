package org.parley.sipconnector.media.sdp;

import java.util.Locale;
import java.util.Optional;

/**
 * The ICE and DTLS attributes of one WebRTC audio section (RFC 8839, RFC 8842): ICE credentials, the SHA-256
 * fingerprint of the DTLS certificate and the {@code a=setup} role.
 *
 * @param ufrag       {@code a=ice-ufrag}
 * @param password    {@code a=ice-pwd}
 * @param fingerprint the hex pairs of {@code a=fingerprint:sha-256}
 * @param setup       {@code actpass}, {@code active} or {@code passive}
 */
public record IceDtls(String ufrag, String password, String fingerprint, String setup) {

    /** The WebRTC transport profile. */
    public static final String PROFILE = "UDP/TLS/RTP/SAVPF";

    /** Reads the attributes from {@code m}, else from the session level ({@code session}). */
    static Optional<IceDtls> of(MediaDescription m, SessionDescription session) {
        Optional<String> ufrag = attribute(m, session, "ice-ufrag");
        Optional<String> password = attribute(m, session, "ice-pwd");
        Optional<String> fingerprint = attribute(m, session, "fingerprint")
                .filter(f -> f.toLowerCase(Locale.ROOT).startsWith("sha-256 "))
                .map(f -> f.substring("sha-256 ".length()).trim());
        String setup = attribute(m, session, "setup").orElse("active").trim();
        if (ufrag.isEmpty() || password.isEmpty() || fingerprint.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IceDtls(ufrag.get(), password.get(), fingerprint.get(), setup));
    }

    private static Optional<String> attribute(MediaDescription m, SessionDescription session, String name) {
        return m.attribute(name).or(() -> session.attribute(name));
    }

    /** Parley's {@code a=setup} answering {@code offered}: passive to actpass or active, active to passive. */
    public static String answerSetup(String offered) {
        return "passive".equals(offered) ? "active" : "passive";
    }

    /** Whether Parley, with this {@code a=setup}, is the DTLS server. */
    public static boolean dtlsServer(String localSetup) {
        return !"active".equals(localSetup);
    }
}
