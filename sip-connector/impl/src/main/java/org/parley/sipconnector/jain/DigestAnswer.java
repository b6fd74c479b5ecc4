package org.parley.sipconnector.jain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.ListIterator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sip.header.AuthorizationHeader;
import javax.sip.header.ProxyAuthenticateHeader;
import javax.sip.header.ProxyAuthorizationHeader;
import javax.sip.header.WWWAuthenticateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.parley.sipconnector.SipAuth;

/**
 * Answers a 401/407 digest challenge on Parley's behalf (RFC 3261 §22.2, RFC 7616 computations, RFC 8760 algorithms
 * for SIP): MD5, SHA-256 and SHA-512-256, their {@code -sess} variants, {@code qop=auth} or no qop. Of several
 * challenges the strongest supported one is answered; {@code qop=auth-int} alone is not supported.
 */
final class DigestAnswer {

    /** Digest algorithms by preference, with the JCA name of their hash. */
    private static final List<String[]> ALGORITHMS = List.of(
            new String[] {"SHA-512-256", "SHA-512/256"},
            new String[] {"SHA-256", "SHA-256"},
            new String[] {"MD5", "MD5"});

    private DigestAnswer() {
    }

    /**
     * The Authorization (for 401) or Proxy-Authorization (for 407) header answering {@code challenge} for
     * {@code request}; empty when no challenge it carries can be answered.
     */
    static Optional<String[]> answer(Response challenge, Request request, SipAuth auth) {
        boolean proxy = challenge.getStatusCode() == Response.PROXY_AUTHENTICATION_REQUIRED;
        ListIterator<?> headers = challenge.getHeaders(proxy ? ProxyAuthenticateHeader.NAME : WWWAuthenticateHeader.NAME);
        WWWAuthenticateHeader best = null;
        int bestRank = Integer.MAX_VALUE;
        while (headers != null && headers.hasNext()) {
            if (headers.next() instanceof WWWAuthenticateHeader candidate
                    && "Digest".equalsIgnoreCase(candidate.getScheme()) && candidate.getNonce() != null
                    && usableQop(candidate.getQop()) != null) {
                int rank = rank(candidate.getAlgorithm());
                if (rank < bestRank) {
                    best = candidate;
                    bestRank = rank;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String name = proxy ? ProxyAuthorizationHeader.NAME : AuthorizationHeader.NAME;
        return Optional.of(new String[] {name, credentials(best, request, auth)});
    }

    /** The position of an algorithm in {@link #ALGORITHMS} ({@code -sess} alike), MAX_VALUE if unsupported. */
    private static int rank(String algorithm) {
        String base = baseAlgorithm(algorithm);
        for (int i = 0; i < ALGORITHMS.size(); i++) {
            if (ALGORITHMS.get(i)[0].equalsIgnoreCase(base)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static String baseAlgorithm(String algorithm) {
        String a = algorithm == null || algorithm.isBlank() ? "MD5" : algorithm.trim();
        return a.toUpperCase(Locale.ROOT).endsWith("-SESS") ? a.substring(0, a.length() - 5) : a;
    }

    /** "auth" when offered, "" when the challenge has no qop (RFC 2069 compatibility), null when only auth-int. */
    private static String usableQop(String qop) {
        if (qop == null || qop.isBlank()) {
            return "";
        }
        for (String option : qop.split(",")) {
            if ("auth".equalsIgnoreCase(option.trim())) {
                return "auth";
            }
        }
        return null;
    }

    private static String credentials(WWWAuthenticateHeader challenge, Request request, SipAuth auth) {
        String algorithm = challenge.getAlgorithm();
        String base = baseAlgorithm(algorithm);
        String jca = ALGORITHMS.get(rank(algorithm))[1];
        boolean session = algorithm != null && algorithm.toUpperCase(Locale.ROOT).endsWith("-SESS");
        String realm = challenge.getRealm() == null ? "" : challenge.getRealm();
        String nonce = challenge.getNonce();
        String qop = usableQop(challenge.getQop());
        String uri = request.getRequestURI().toString();
        String cnonce = Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
        String nc = "00000001";

        String response = response(jca, session, auth, realm, request.getMethod(), uri, nonce, nc, cnonce, qop);

        StringBuilder value = new StringBuilder("Digest username=").append(quoted(auth.username()))
                .append(", realm=").append(quoted(realm))
                .append(", nonce=").append(quoted(nonce))
                .append(", uri=").append(quoted(uri))
                .append(", response=").append(quoted(response));
        if (algorithm != null && !algorithm.isBlank()) {
            value.append(", algorithm=").append(session ? base + "-sess" : base);
        }
        if (!qop.isEmpty() || session) {
            value.append(", cnonce=").append(quoted(cnonce));
        }
        if (!qop.isEmpty()) {
            value.append(", qop=").append(qop).append(", nc=").append(nc);
        }
        if (challenge.getOpaque() != null) {
            value.append(", opaque=").append(quoted(challenge.getOpaque()));
        }
        return value.toString();
    }

    /**
     * The digest response (RFC 7616 §3.4.1): H(HA1:nonce:nc:cnonce:qop:HA2), or H(HA1:nonce:HA2) without qop, with
     * HA1 = H(user:realm:password), for -sess H(HA1:nonce:cnonce), and HA2 = H(method:uri).
     */
    static String response(String jcaAlgorithm, boolean session, SipAuth auth, String realm, String method,
            String uri, String nonce, String nc, String cnonce, String qop) {
        String ha1 = hash(jcaAlgorithm, auth.username() + ":" + realm + ":" + auth.password());
        if (session) {
            ha1 = hash(jcaAlgorithm, ha1 + ":" + nonce + ":" + cnonce);
        }
        String ha2 = hash(jcaAlgorithm, method + ":" + uri);
        return qop.isEmpty()
                ? hash(jcaAlgorithm, ha1 + ":" + nonce + ":" + ha2)
                : hash(jcaAlgorithm, ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
    }

    static String hash(String jcaAlgorithm, String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(jcaAlgorithm)
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no " + jcaAlgorithm, e);
        }
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
