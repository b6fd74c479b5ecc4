package org.parley.sipconnector.jain;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The connector's listening points besides UDP and TCP: SIP over WebSocket (RFC 7118) for browsers, and, once a
 * keystore is configured, SIP over secure WebSocket and SIP over TLS (RFC 5630).
 *
 * @param wsPort     port of the {@code ws} listening point, 0 for none ({@code PARLEY_SIP_WS_PORT}, {@code off} = 0)
 * @param wssPort    port of the {@code wss} listening point, 0 for none ({@code PARLEY_SIP_WSS_PORT}); only with a
 *                   keystore
 * @param tlsPort    port of the SIP over TLS listening point, 0 for none ({@code PARLEY_SIP_TLS_PORT}); only with a
 *                   keystore
 * @param keystore   the server certificate and key ({@code PARLEY_TLS_KEYSTORE}, {@code PARLEY_TLS_KEYSTORE_PASSWORD})
 * @param origins    which web pages may open a WebSocket ({@code PARLEY_HTTP_PORT}, {@code PARLEY_SIP_WS_ORIGINS})
 */
record WebTransports(int wsPort, int wssPort, int tlsPort, Optional<Keystore> keystore, OriginPolicy origins) {

    static final int DEFAULT_WS_PORT = 5066;
    static final int DEFAULT_WSS_PORT = 7443;
    static final int DEFAULT_TLS_PORT = 5061;

    static final String WS_PORT = "PARLEY_SIP_WS_PORT";
    static final String WSS_PORT = "PARLEY_SIP_WSS_PORT";
    static final String TLS_PORT = "PARLEY_SIP_TLS_PORT";
    static final String KEYSTORE = "PARLEY_TLS_KEYSTORE";
    static final String KEYSTORE_PASSWORD = "PARLEY_TLS_KEYSTORE_PASSWORD";
    static final String HTTP_PORT = "PARLEY_HTTP_PORT";
    static final String WS_ORIGINS = "PARLEY_SIP_WS_ORIGINS";

    /** No listening point beyond UDP and TCP. */
    static final WebTransports NONE = new WebTransports(0, 0, 0, Optional.empty(), OriginPolicy.consoleOnly(8080));

    /**
     * A keystore file (PKCS12 or JKS, as its content says) and its password, which is also the key's password.
     *
     * @param path     the file
     * @param password its password
     */
    record Keystore(Path path, String password) {
        Keystore {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(password, "password");
        }

        /** JAIN-SIP's keystore type name for the file: PKCS12 unless it ends in {@code .jks}. */
        String type() {
            return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jks") ? "JKS" : "PKCS12";
        }
    }

    WebTransports {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(origins, "origins");
        requirePort(WS_PORT, wsPort);
        requirePort(WSS_PORT, wssPort);
        requirePort(TLS_PORT, tlsPort);
        if (keystore.isEmpty() && (wssPort != 0 || tlsPort != 0)) {
            throw new IllegalArgumentException(WSS_PORT + " and " + TLS_PORT + " need " + KEYSTORE);
        }
    }

    /**
     * The transports as the environment sets them, {@code wsPort} being the adapter's configured WebSocket port:
     * {@code wss} and TLS listen on their default ports as soon as a keystore is named, unless set {@code off}.
     *
     * @throws IllegalArgumentException when a value is invalid or the keystore cannot be read; the message names the
     *                                  setting
     */
    static WebTransports resolve(int wsPort, ConfigLookup lookup) {
        Optional<Keystore> keystore = lookup.override(KEYSTORE).map(file -> keystore(file, lookup));
        int secureDefault = keystore.isPresent() ? 1 : 0;
        return new WebTransports(
                port(lookup, WS_PORT, wsPort),
                port(lookup, WSS_PORT, secureDefault * DEFAULT_WSS_PORT),
                port(lookup, TLS_PORT, secureDefault * DEFAULT_TLS_PORT),
                keystore,
                new OriginPolicy(port(lookup, HTTP_PORT, 8080),
                        lookup.override(WS_ORIGINS).map(WebTransports::list).orElse(List.of())));
    }

    private static Keystore keystore(String file, ConfigLookup lookup) {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            throw new IllegalArgumentException(KEYSTORE + " names no readable file: " + file);
        }
        return new Keystore(path, lookup.override(KEYSTORE_PASSWORD).orElseThrow(
                () -> new IllegalArgumentException(KEYSTORE_PASSWORD + " must be set with " + KEYSTORE)));
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A port number, {@code off} or 0 for none. */
    private static int port(ConfigLookup lookup, String name, int fallback) {
        String text = lookup.override(name).orElse(null);
        if (text == null) {
            return fallback;
        }
        if ("off".equalsIgnoreCase(text)) {
            return 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number or off, not '" + text + "'", e);
        }
    }

    private static void requirePort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 1 and 65535 (0 or off for none), not " + port);
        }
    }
}
