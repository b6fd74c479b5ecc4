package org.parley.registrar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.parley.directory.DigestAlgorithm;
import org.parley.directory.SipSecret;

/**
 * Verifies SIP digest credentials (RFC 3261 §22, RFC 2617, RFC 7616, RFC 8760) for one realm. Only
 * {@code qop=auth} and the non-{@code -sess} algorithms are accepted. The checks, in this order:
 * <ol>
 *   <li>No credentials for our realm (credentials for other realms are ignored): <b>challenge</b>.</li>
 *   <li>{@code username}, {@code nonce}, {@code uri} or {@code response} missing: <b>refuse, BAD_REQUEST</b> —
 *       RFC 2617 §3.2.2 requires them, so the client is broken and a new challenge would not help.</li>
 *   <li>{@code username} is not the extension being registered: <b>refuse, USERNAME_MISMATCH</b>.</li>
 *   <li>{@code algorithm} unknown, a {@code -sess} variant, or not offered (absent means MD5): <b>challenge</b> —
 *       the client may pick one of the offered ones.</li>
 *   <li>{@code qop} missing: <b>refuse, BAD_REQUEST</b> — we always send {@code qop="auth"} and RFC 2617 §3.2.2
 *       then requires it back. {@code qop} other than {@code auth} (e.g. {@code auth-int}, never offered):
 *       <b>challenge</b>.</li>
 *   <li>{@code nc} missing or not 8 hex digits, or {@code cnonce} missing or empty: <b>refuse, BAD_REQUEST</b>
 *       (required with {@code qop}).</li>
 *   <li>{@code nonce} not issued by us: <b>challenge</b>.</li>
 *   <li>The digest {@code uri} is hashed as given and not compared with the Request-URI: SIPp and several phones
 *       write {@code host:port} there, and the response covers it while nonce counts stop replays.</li>
 *   <li>The response is computed with the stored HA1, or with a fixed random HA1 for an unknown user or a secret of
 *       another realm, so both cost the same, and compared in constant time. Mismatch: <b>refuse, FORBIDDEN</b>,
 *       the same for an unknown user and a wrong password.</li>
 *   <li>Correct response to a nonce older than its time to live: <b>challenge with stale=true</b>.</li>
 *   <li>Correct response but a nonce count not above every count seen for that nonce (a replay):
 *       <b>challenge</b>. Counters are touched only after the response is verified.</li>
 *   <li>Otherwise <b>authenticated</b>.</li>
 * </ol>
 * Every challenge carries a new nonce, one {@link DigestChallenge} per offered algorithm in the configured order
 * (RFC 8760 §2.4: the client takes the first it supports, so list the preferred first). Thread-safe.
 */
public final class DigestAuthenticator {

    private static final Pattern NONCE_COUNT = Pattern.compile("[0-9a-fA-F]{8}");
    private static final String QOP_AUTH = "auth";

    private final String realm;
    private final List<DigestAlgorithm> offered;
    private final Nonces nonces;
    private final Function<String, Optional<SipSecret>> secrets;
    private final Function<String, List<SipSecret>> webSecrets;
    private final Map<DigestAlgorithm, String> dummyHa1 = new EnumMap<>(DigestAlgorithm.class);

    /**
     * @param realm          our realm, as sent in challenges
     * @param offeredInOrder algorithms to offer, preferred first; not empty, no repeats
     * @param nonces         issues and checks nonces
     * @param secrets        the stored secret of a username (extension number), if it has one
     */
    public DigestAuthenticator(String realm, List<DigestAlgorithm> offeredInOrder, Nonces nonces,
                               Function<String, Optional<SipSecret>> secrets) {
        this(realm, offeredInOrder, nonces, secrets, username -> List.of());
    }

    /**
     * @param webSecrets the short-lived secrets issued to the browser phone of a username ({@link PhoneCredentials}),
     *                   accepted besides the stored one only when {@link #authenticate(String, List, String, boolean)}
     *                   is told the request came over a WebSocket
     */
    public DigestAuthenticator(String realm, List<DigestAlgorithm> offeredInOrder, Nonces nonces,
                               Function<String, Optional<SipSecret>> secrets,
                               Function<String, List<SipSecret>> webSecrets) {
        this.webSecrets = Objects.requireNonNull(webSecrets, "webSecrets");
        Objects.requireNonNull(realm, "realm");
        Objects.requireNonNull(offeredInOrder, "offeredInOrder");
        this.nonces = Objects.requireNonNull(nonces, "nonces");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        if (realm.isBlank()) {
            throw new IllegalArgumentException("realm must not be blank");
        }
        if (offeredInOrder.isEmpty() || new LinkedHashSet<>(offeredInOrder).size() != offeredInOrder.size()) {
            throw new IllegalArgumentException("offer at least one algorithm, each once: " + offeredInOrder);
        }
        this.realm = realm;
        this.offered = List.copyOf(offeredInOrder);
        byte[] unguessable = new byte[32];
        new SecureRandom().nextBytes(unguessable);
        String dummyPassword = HexFormat.of().formatHex(unguessable);
        for (DigestAlgorithm algorithm : DigestAlgorithm.values()) {
            dummyHa1.put(algorithm, algorithm.ha1("\u0000unknown", realm, dummyPassword));
        }
    }

    /** The realm this authenticator challenges for. */
    public String realm() {
        return realm;
    }

    /**
     * @param method           the request method, e.g. {@code REGISTER}
     * @param credentials      the request's Digest Authorization headers
     * @param expectedUsername the username the credentials must be for (the extension being registered)
     */
    public AuthResult authenticate(String method, List<DigestCredentials> credentials,
                                   String expectedUsername) {
        return authenticate(method, credentials, expectedUsername, false);
    }

    /**
     * As {@link #authenticate(String, List, String)}; with {@code overWebSocket} the browser phone's issued secrets
     * are accepted too.
     */
    public AuthResult authenticate(String method, List<DigestCredentials> credentials,
                                   String expectedUsername, boolean overWebSocket) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(expectedUsername, "expectedUsername");
        Optional<DigestCredentials> ours = ourCredentials(credentials);
        if (ours.isEmpty()) {
            return challenge(false);
        }
        DigestCredentials given = ours.get();
        if (missing(given.username()) || missing(given.nonce()) || missing(given.uri())
                || missing(given.response())) {
            return new AuthResult.Refused(Refusal.BAD_REQUEST);
        }
        String username = given.username().get();
        if (!username.equals(expectedUsername)) {
            return new AuthResult.Refused(Refusal.USERNAME_MISMATCH);
        }
        Optional<DigestAlgorithm> algorithm = offeredAlgorithm(given);
        if (algorithm.isEmpty()) {
            return challenge(false);
        }
        if (given.qop().isEmpty()) {
            return new AuthResult.Refused(Refusal.BAD_REQUEST);
        }
        if (!given.qop().get().equalsIgnoreCase(QOP_AUTH)) {
            return challenge(false);
        }
        if (given.nc().filter(nc -> NONCE_COUNT.matcher(nc).matches()).isEmpty() || missing(given.cnonce())) {
            return new AuthResult.Refused(Refusal.BAD_REQUEST);
        }
        String nonce = given.nonce().get();
        NonceStatus status = nonces.check(nonce);
        if (status == NonceStatus.INVALID) {
            return challenge(false);
        }
        if (!responseMatches(given, algorithm.get(), method, overWebSocket)) {
            return new AuthResult.Refused(Refusal.FORBIDDEN);
        }
        if (status == NonceStatus.STALE) {
            return challenge(true);
        }
        if (!nonces.acceptCount(nonce, Long.parseLong(given.nc().get(), 16))) {
            return challenge(false);
        }
        return new AuthResult.Authenticated(username);
    }

    /** A fresh challenge, one per offered algorithm, all with the same new nonce. */
    public AuthResult.Challenge challenge(boolean stale) {
        String nonce = nonces.issue();
        return new AuthResult.Challenge(offered.stream()
                .map(algorithm -> new DigestChallenge(realm, nonce, algorithm, stale))
                .toList());
    }

    /** The credentials for our realm, preferring ones that use an offered algorithm. */
    private Optional<DigestCredentials> ourCredentials(List<DigestCredentials> credentials) {
        List<DigestCredentials> ours = credentials.stream()
                .filter(candidate -> candidate.realm().filter(realm::equals).isPresent())
                .toList();
        return ours.stream()
                .filter(candidate -> offeredAlgorithm(candidate).isPresent())
                .findFirst()
                .or(() -> ours.stream().findFirst());
    }

    private Optional<DigestAlgorithm> offeredAlgorithm(DigestCredentials credentials) {
        return DigestAlgorithm.fromParameter(credentials.algorithm()).filter(offered::contains);
    }

    /** Computes the expected response whether or not the user exists, then compares in constant time. */
    private boolean responseMatches(DigestCredentials given, DigestAlgorithm algorithm, String method,
                                    boolean overWebSocket) {
        String username = given.username().get();
        Optional<SipSecret> secret = Objects.requireNonNull(secrets.apply(username),
                "the secrets function returned null instead of an Optional");
        Optional<String> storedHa1 = secret
                .filter(stored -> stored.realm().equals(realm))
                .map(stored -> stored.ha1(algorithm));
        boolean matched = matches(given, algorithm, method, storedHa1.orElse(dummyHa1.get(algorithm)))
                && storedHa1.isPresent();
        if (overWebSocket) {
            for (SipSecret issued : webSecrets.apply(username)) {
                matched |= issued.realm().equals(realm) && matches(given, algorithm, method, issued.ha1(algorithm));
            }
        }
        return matched;
    }

    private static boolean matches(DigestCredentials given, DigestAlgorithm algorithm, String method, String ha1) {
        String expected = DigestResponse.compute(algorithm, ha1, method, given.uri().get(), given.nonce().get(),
                given.nc().get(), given.cnonce().get(), given.qop().get());
        String response = given.response().get().toLowerCase(Locale.ROOT);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                response.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean missing(Optional<String> value) {
        return value.filter(text -> !text.isEmpty()).isEmpty();
    }
}
