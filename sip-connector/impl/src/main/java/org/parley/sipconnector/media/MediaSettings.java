package org.parley.sipconnector.media;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The media engine's configuration.
 *
 * @param bindHost   address the RTP sockets bind to (the SIP host)
 * @param address    address written in SDP ({@code PARLEY_MEDIA_ADDRESS}; default the SIP advertised address)
 * @param firstPort  lowest port of the range ({@code PARLEY_MEDIA_PORTS}, e.g. {@code 20000-29999}), made even
 * @param lastPort   highest port of the range
 * @param rtpTimeout time without RTP after which an endpoint reports a timeout ({@code PARLEY_MEDIA_RTP_TIMEOUT},
 *                   seconds)
 */
public record MediaSettings(String bindHost, String address, int firstPort, int lastPort, Duration rtpTimeout) {

    public static final String ADDRESS = "PARLEY_MEDIA_ADDRESS";
    public static final String PORTS = "PARLEY_MEDIA_PORTS";
    public static final String RTP_TIMEOUT = "PARLEY_MEDIA_RTP_TIMEOUT";
    public static final String DEFAULT_PORTS = "20000-29999";
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;

    public MediaSettings {
        Objects.requireNonNull(bindHost, "bindHost");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(rtpTimeout, "rtpTimeout");
        if (firstPort < 1024 || lastPort > 65535 || lastPort - firstPort < 1) {
            throw new IllegalArgumentException(PORTS + " must be a range of at least 2 ports between 1024 and 65535,"
                    + " not " + firstPort + "-" + lastPort);
        }
        if (rtpTimeout.isNegative() || rtpTimeout.isZero()) {
            throw new IllegalArgumentException(RTP_TIMEOUT + " must be a positive number of seconds");
        }
    }

    /**
     * Reads the settings from {@code override} (a {@code PARLEY_*} name to its value, if set).
     *
     * @throws IllegalArgumentException naming the setting when a value is malformed
     */
    public static MediaSettings resolve(Function<String, Optional<String>> override, String bindHost,
            String advertisedHost) {
        String address = override.apply(ADDRESS).orElse(advertisedHost);
        String ports = override.apply(PORTS).orElse(DEFAULT_PORTS);
        String[] range = ports.split("-");
        int first;
        int last;
        try {
            if (range.length != 2) {
                throw new NumberFormatException();
            }
            first = Integer.parseInt(range[0].trim());
            last = Integer.parseInt(range[1].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORTS + " must be 'first-last', e.g. 20000-29999, not '" + ports + "'",
                    e);
        }
        String timeoutText = override.apply(RTP_TIMEOUT).orElse(String.valueOf(DEFAULT_TIMEOUT_SECONDS));
        long timeout;
        try {
            timeout = Long.parseLong(timeoutText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(RTP_TIMEOUT + " must be a whole number of seconds, not '"
                    + timeoutText + "'", e);
        }
        return new MediaSettings(bindHost, address, first + (first & 1), last, Duration.ofSeconds(timeout));
    }
}
