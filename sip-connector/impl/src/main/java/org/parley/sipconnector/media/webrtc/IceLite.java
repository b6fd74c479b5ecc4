package org.parley.sipconnector.media.webrtc;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * The ICE-lite side of one WebRTC endpoint (RFC 8445, section 2.5): it never checks, it answers the browser's
 * Binding requests whose USERNAME starts with the local ufrag and whose MESSAGE-INTEGRITY is keyed with the local
 * ice-pwd, and names the address of the last checked request as the one to send media to.
 */
public final class IceLite {

    private final String localUfrag;
    private final String localPassword;
    private Optional<InetSocketAddress> checked = Optional.empty();

    public IceLite(String localUfrag, String localPassword) {
        this.localUfrag = localUfrag;
        this.localPassword = localPassword;
    }

    /**
     * The success response to a valid Binding request from {@code source}, or nothing for anything else (bad
     * credentials, not a request, broken FINGERPRINT): RFC 5389 says to drop those silently or answer 401, and
     * browsers retry either way.
     */
    public synchronized Optional<byte[]> answer(byte[] packet, int length, InetSocketAddress source) {
        Optional<StunBinding.Message> parsed = StunBinding.parse(packet, length);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        StunBinding.Message request = parsed.get();
        boolean ours = request.username().map(u -> u.startsWith(localUfrag + ":")).orElse(false);
        if (request.type() != StunBinding.BINDING_REQUEST || !ours
                || (request.fingerprintAt() >= 0 && !StunBinding.fingerprintValid(packet, request))
                || !StunBinding.integrityValid(packet, request, localPassword)) {
            return Optional.empty();
        }
        checked = Optional.of(source);
        return Optional.of(new StunBinding.Writer(StunBinding.BINDING_SUCCESS, request.transaction())
                .attribute(StunBinding.XOR_MAPPED_ADDRESS, StunBinding.xorMappedAddress(source,
                        request.transaction()))
                .sign(localPassword));
    }

    /** Where the browser's last valid check came from: where media goes. */
    public synchronized Optional<InetSocketAddress> checkedAddress() {
        return checked;
    }

    public String ufrag() {
        return localUfrag;
    }

    public String password() {
        return localPassword;
    }
}
