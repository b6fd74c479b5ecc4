package org.parley.sipconnector.jain;

import java.util.Locale;

/** What the connector treats specially about WebSocket transports (RFC 7118). */
final class WebSocketFlows {

    private WebSocketFlows() {
    }

    /** Whether {@code transport} is {@code WS} or {@code WSS}. */
    static boolean isWebSocket(String transport) {
        String t = transport.toUpperCase(Locale.ROOT);
        return "WS".equals(t) || "WSS".equals(t);
    }
}
