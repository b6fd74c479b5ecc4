package org.parley.sipconnector.jain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The connector's effective configuration, after the resource adapter's properties were overridden from the
 * environment.
 *
 * @param host         address the listening points bind to ({@code PARLEY_SIP_HOST})
 * @param port         UDP and TCP port ({@code PARLEY_SIP_PORT})
 * @param maxInFlight  requests handed to the application and not yet finished; beyond it the connector answers 503
 *                     ({@code PARLEY_SIP_MAX_IN_FLIGHT})
 * @param stackThreads JAIN-SIP's message-processing threads per UDP listening point ({@code PARLEY_SIP_STACK_THREADS})
 * @param advertisedHost the address the connector writes in its Via and Contact headers
 *                     ({@code PARLEY_SIP_ADVERTISED_HOST}); empty to use {@code host}, or this machine's first
 *                     non-loopback address when {@code host} is a wildcard
 * @param scannerAgents parts of a {@code User-Agent} that mark a SIP scanner, whose requests are dropped unanswered
 *                     ({@code PARLEY_SIP_SCANNER_AGENTS}, comma-separated; empty for none)
 * @param web          the WebSocket and TLS listening points ({@link WebTransports})
 * @param maxCallSetups new calls (INVITEs opening a leg) handed to the application and not yet decided; beyond it a new
 *                     call gets 503 with Retry-After at once ({@code PARLEY_SIP_MAX_CALL_SETUPS}, {@link CallAdmission})
 */
record SipSettings(String host, int port, int maxInFlight, int stackThreads, String advertisedHost,
        List<String> scannerAgents, WebTransports web, int maxCallSetups) {

    /** About a third of a second of new calls at the benchmarks' knee (600 calls/s). */
    static final int DEFAULT_MAX_CALL_SETUPS = 200;

    /** Tools that probe and brute-force SIP servers, as they name themselves. */
    static final List<String> DEFAULT_SCANNER_AGENTS = List.of("friendly-scanner", "sipvicious", "sipcli",
            "VaxSIPUserAgent", "sip-scan", "sundayddr", "iWar", "SIVuS", "PortSIP VoIP SDK");

    static final String HOST = "PARLEY_SIP_HOST";
    static final String PORT = "PARLEY_SIP_PORT";
    static final String MAX_IN_FLIGHT = "PARLEY_SIP_MAX_IN_FLIGHT";
    static final String STACK_THREADS = "PARLEY_SIP_STACK_THREADS";
    static final String ADVERTISED_HOST = "PARLEY_SIP_ADVERTISED_HOST";
    static final String SCANNER_AGENTS = "PARLEY_SIP_SCANNER_AGENTS";
    static final String MAX_CALL_SETUPS = "PARLEY_SIP_MAX_CALL_SETUPS";

    SipSettings(String host, int port, int maxInFlight, int stackThreads) {
        this(host, port, maxInFlight, stackThreads, "");
    }

    SipSettings(String host, int port, int maxInFlight, int stackThreads, String advertisedHost) {
        this(host, port, maxInFlight, stackThreads, advertisedHost, DEFAULT_SCANNER_AGENTS, WebTransports.NONE);
    }

    SipSettings(String host, int port, int maxInFlight, int stackThreads, String advertisedHost,
            List<String> scannerAgents) {
        this(host, port, maxInFlight, stackThreads, advertisedHost, scannerAgents, WebTransports.NONE);
    }

    SipSettings(String host, int port, int maxInFlight, int stackThreads, String advertisedHost,
            List<String> scannerAgents, WebTransports web) {
        this(host, port, maxInFlight, stackThreads, advertisedHost, scannerAgents, web, DEFAULT_MAX_CALL_SETUPS);
    }

    SipSettings {
        scannerAgents = List.copyOf(Objects.requireNonNull(scannerAgents, "scannerAgents"));
        Objects.requireNonNull(web, "web");
        advertisedHost = advertisedHost == null ? "" : advertisedHost.trim();
        if (Objects.requireNonNull(host, "host").isBlank()) {
            throw new IllegalArgumentException(HOST + " must name an address");
        }
        requireRange(PORT, port, 1, 65535);
        requireRange(MAX_IN_FLIGHT, maxInFlight, 1, Integer.MAX_VALUE);
        requireRange(STACK_THREADS, stackThreads, 1, 1024);
        requireRange(MAX_CALL_SETUPS, maxCallSetups, 1, Integer.MAX_VALUE);
    }

    /**
     * Applies the overrides found by {@code lookup} to the given configured values.
     *
     * @throws IllegalArgumentException when a value is not a number or out of range; the message names the setting
     */
    static SipSettings resolve(SipSettings configured, ConfigLookup lookup) {
        return new SipSettings(
                lookup.override(HOST).orElse(configured.host()),
                number(lookup, PORT, configured.port()),
                number(lookup, MAX_IN_FLIGHT, configured.maxInFlight()),
                number(lookup, STACK_THREADS, configured.stackThreads()),
                lookup.override(ADVERTISED_HOST).orElse(configured.advertisedHost()),
                lookup.override(SCANNER_AGENTS).map(SipSettings::agents).orElse(configured.scannerAgents()),
                WebTransports.resolve(configured.web().wsPort(), lookup),
                number(lookup, MAX_CALL_SETUPS, configured.maxCallSetups()));
    }

    /** A comma-separated list; {@code none} for no scanner check at all. */
    private static List<String> agents(String text) {
        if ("none".equalsIgnoreCase(text.trim())) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }

    private static int number(ConfigLookup lookup, String name, int configured) {
        String text = lookup.override(name).orElse(null);
        if (text == null) {
            return configured;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + text + "'", e);
        }
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + value);
        }
    }
}
