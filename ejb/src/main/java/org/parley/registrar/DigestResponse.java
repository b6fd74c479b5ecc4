package org.parley.registrar;

import java.util.Objects;
import org.parley.directory.DigestAlgorithm;

/**
 * The digest {@code response} value for {@code qop=auth} (RFC 2617 §3.2.2.1, RFC 7616 §3.4.1):
 * <pre>H(HA1 ":" nonce ":" nc ":" cnonce ":" qop ":" H(method ":" digest-uri))</pre>
 * What a client sends and what the server expects; public so that test phones can compute it too.
 */
public final class DigestResponse {

    private DigestResponse() {
    }

    /**
     * @param algorithm the hash function H
     * @param ha1       H(username ":" realm ":" password), lower-case hex
     * @param method    the request method, e.g. {@code REGISTER}
     * @param uri       the digest {@code uri} directive
     * @param nonce     the server nonce
     * @param nc        the nonce count as sent, 8 hex digits
     * @param cnonce    the client nonce
     * @param qop       the quality of protection, {@code auth}
     * @return the response as lower-case hex
     */
    public static String compute(DigestAlgorithm algorithm, String ha1, String method, String uri, String nonce,
                                 String nc, String cnonce, String qop) {
        Objects.requireNonNull(algorithm, "algorithm");
        String ha2 = algorithm.hash(Objects.requireNonNull(method, "method") + ":" + Objects.requireNonNull(uri, "uri"));
        return algorithm.hash(String.join(":", Objects.requireNonNull(ha1, "ha1"), Objects.requireNonNull(nonce, "nonce"),
                Objects.requireNonNull(nc, "nc"), Objects.requireNonNull(cnonce, "cnonce"),
                Objects.requireNonNull(qop, "qop"), ha2));
    }
}
