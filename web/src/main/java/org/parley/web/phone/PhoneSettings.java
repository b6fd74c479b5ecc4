package org.parley.web.phone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the console's phone widget reaches SIP over WebSocket: the connector's {@code PARLEY_SIP_WS_PORT} (default
 * 5066; {@code off} or {@code 0} turns the widget off) on the host the browser used for the console.
 */
@ApplicationScoped
public class PhoneSettings {

    @Inject
    @ConfigProperty(name = "PARLEY_SIP_WS_PORT", defaultValue = "5066")
    String wsPort;

    /** The WebSocket port, unless SIP over WebSocket is off. */
    public Optional<Integer> wsPort() {
        String p = wsPort.strip();
        if (p.equalsIgnoreCase("off") || p.equals("0") || p.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(p));
    }

    /** The {@code ws:} URI for a browser that reached the console at {@code host}. */
    public Optional<String> wsUri(String host) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return wsPort().map(port -> "ws://" + h + ":" + port);
    }
}
