package org.parley.sipconnector;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One Via header value (RFC 3261 §20.42).
 *
 * @param transport  {@code UDP}, {@code TCP}, … in upper case
 * @param host       sent-by host
 * @param port       sent-by port, or -1 when absent
 * @param parameters Via parameters ({@code branch}, {@code received}, {@code rport}, …), names in lower case
 */
public record Via(String transport, String host, int port, Map<String, String> parameters) {

    public Via {
        transport = Objects.requireNonNull(transport, "transport").toUpperCase(Locale.ROOT);
        Objects.requireNonNull(host, "host");
        parameters = Map.copyOf(parameters == null ? Map.of() : parameters);
    }

    /** The branch parameter, if any. */
    public Optional<String> branch() {
        return Optional.ofNullable(parameters.get("branch"));
    }
}
