package org.parley.sipconnector.jain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which web pages may open a SIP WebSocket (RFC 6455 §10.2, RFC 7118 §6): the console's own origin, that is the
 * host the browser connected the WebSocket to with the console's HTTP port, plus the origins an operator lists.
 * A request without {@code Origin} comes from no web page (a desktop SIP client): browsers always send one, so
 * accepting it opens nothing to other sites' scripts.
 *
 * @param consoleHttpPort the console's port ({@code PARLEY_HTTP_PORT})
 * @param extraOrigins    other allowed origins as the browser writes them ({@code https://crm.example.com}), or
 *                        {@code *} for any ({@code PARLEY_SIP_WS_ORIGINS})
 */
record OriginPolicy(int consoleHttpPort, List<String> extraOrigins) {

    OriginPolicy {
        extraOrigins = extraOrigins.stream().map(OriginPolicy::normalized).toList();
    }

    static OriginPolicy consoleOnly(int consoleHttpPort) {
        return new OriginPolicy(consoleHttpPort, List.of());
    }

    /**
     * Whether an upgrade request with this {@code Origin} and {@code Host} header may become a SIP WebSocket.
     */
    boolean allows(Optional<String> origin, Optional<String> host) {
        if (origin.isEmpty()) {
            return true;
        }
        String given = normalized(origin.get());
        if (extraOrigins.contains("*") || extraOrigins.contains(given)) {
            return true;
        }
        return host.map(OriginPolicy::hostOnly).filter(h -> isConsole(given, h)).isPresent();
    }

    private boolean isConsole(String origin, String upgradeHost) {
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme();
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return false;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equals(scheme) ? 443 : 80);
            return port == consoleHttpPort && uri.getHost().equalsIgnoreCase(upgradeHost);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** {@code 127.0.0.1:5066} → {@code 127.0.0.1}; {@code [::1]:5066} → {@code [::1]}. */
    private static String hostOnly(String hostHeader) {
        String h = hostHeader.trim();
        int colon = h.lastIndexOf(':');
        return colon > h.lastIndexOf(']') ? h.substring(0, colon) : h;
    }

    private static String normalized(String origin) {
        String o = origin.trim().toLowerCase(Locale.ROOT);
        return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
    }
}
