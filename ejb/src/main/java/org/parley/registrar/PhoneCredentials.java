package org.parley.registrar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.parley.directory.SipSecret;
import org.parley.platform.config.SipDomain;

/**
 * Short-lived SIP credentials for the console's phone widget: the browser never sees nor stores the extension's own
 * password. {@link #issue} gives the signed-in user's extension a random password valid for {@link #LIFETIME}; the
 * registrar's digest check accepts it (besides the stored secret) only for requests that came over a WebSocket
 * ({@code WS}, {@code WSS}). A credential is handed out again while more than half its life is left, so the tabs of
 * one browser share it; at most the two newest of an extension are valid. Kept in memory only (lost at restart:
 * the widget asks again). Thread-safe.
 */
@ApplicationScoped
public class PhoneCredentials {

    /** How long an issued credential is valid. */
    public static final Duration LIFETIME = Duration.ofHours(12);

    private static final Logger LOG = Logger.getLogger(PhoneCredentials.class.getName());
    private static final int KEPT = 2;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, List<Issued>> byExtension = new ConcurrentHashMap<>();

    @Inject
    SipDomain domain;

    @Inject
    Clock clock;

    private record Issued(PhoneCredential credential, SipSecret secret) {
    }

    /** Whether a transport name ({@code UDP}, {@code WS}, ...) is SIP over WebSocket. */
    public static boolean isWebSocket(String transport) {
        String t = transport.toUpperCase(Locale.ROOT);
        return t.equals("WS") || t.equals("WSS");
    }

    /** The credential of {@code extension}'s browser phone: the current one, or a new one near its expiry. */
    public PhoneCredential issue(String extension) {
        Instant now = clock.instant();
        Issued[] result = new Issued[1];
        byExtension.compute(extension, (ext, current) -> {
            List<Issued> live = new ArrayList<>(current == null ? List.of() : current);
            live.removeIf(i -> !i.credential().expiresAt().isAfter(now));
            Issued newest = live.isEmpty() ? null : live.get(live.size() - 1);
            if (newest != null && newest.credential().expiresAt().isAfter(now.plus(LIFETIME.dividedBy(2)))) {
                result[0] = newest;
                return live;
            }
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            String password = HexFormat.of().formatHex(bytes);
            result[0] = new Issued(new PhoneCredential(ext, password, now.plus(LIFETIME)),
                    SipSecret.fromPassword(ext, domain.realm(), password));
            live.add(result[0]);
            LOG.info(() -> "Browser phone credential issued for extension " + ext + " until "
                    + result[0].credential().expiresAt());
            return List.copyOf(live.subList(Math.max(0, live.size() - KEPT), live.size()));
        });
        return result[0].credential();
    }

    /** The unexpired issued secrets of {@code extension}, for the digest check over a WebSocket. */
    public List<SipSecret> secrets(String extension) {
        Instant now = clock.instant();
        return byExtension.getOrDefault(extension, List.of()).stream()
                .filter(i -> i.credential().expiresAt().isAfter(now))
                .map(Issued::secret)
                .toList();
    }
}
