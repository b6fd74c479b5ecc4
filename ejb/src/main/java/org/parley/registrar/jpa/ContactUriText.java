package org.parley.registrar.jpa;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.parley.registrar.ContactAddress;

/**
 * Takes apart a stored contact URI ({@code sip:user@host:port;params?headers}, RFC 3261 §19.1.1) to restore a
 * binding. The text was taken apart by the SIP stack when it arrived; this reads back what it wrote.
 */
final class ContactUriText {

    private ContactUriText() {
    }

    static ContactAddress parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("no scheme in " + text);
        }
        String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = text.substring(colon + 1);
        int query = rest.indexOf('?');
        if (query >= 0) {
            rest = rest.substring(0, query);
        }
        int at = rest.lastIndexOf('@');
        String user = "";
        if (at >= 0) {
            user = rest.substring(0, at);
            rest = rest.substring(at + 1);
        }
        String hostPort;
        Map<String, String> params = new LinkedHashMap<>();
        int semi = rest.indexOf(';', rest.startsWith("[") ? Math.max(0, rest.indexOf(']')) : 0);
        if (semi >= 0) {
            hostPort = rest.substring(0, semi);
            for (String p : rest.substring(semi + 1).split(";")) {
                if (p.isEmpty()) {
                    continue;
                }
                int eq = p.indexOf('=');
                params.put((eq < 0 ? p : p.substring(0, eq)).toLowerCase(Locale.ROOT),
                        eq < 0 ? "" : p.substring(eq + 1));
            }
        } else {
            hostPort = rest;
        }
        String host = hostPort;
        int port = ContactAddress.NO_PORT;
        int portColon = hostPort.startsWith("[") ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.indexOf(':');
        if (portColon >= 0) {
            host = hostPort.substring(0, portColon);
            try {
                port = Integer.parseInt(hostPort.substring(portColon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad port in " + text, e);
            }
        }
        return new ContactAddress(text, scheme, user, host, port, params);
    }
}
