package org.parley.registrar;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Contact URIs and Contact header values for tests. */
final class Contacts {

    private Contacts() {
    }

    /** {@code sip:user@host[:port];name=value...}; {@code params} alternate name and value. */
    static ContactAddress sip(String user, String host, int port, String... params) {
        return uri("sip", user, host, port, params);
    }

    static ContactAddress uri(String scheme, String user, String host, int port, String... params) {
        Map<String, String> map = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder(scheme).append(':');
        if (!user.isEmpty()) {
            text.append(user).append('@');
        }
        text.append(host);
        if (port != ContactAddress.NO_PORT) {
            text.append(':').append(port);
        }
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
            text.append(';').append(params[i]);
            if (!params[i + 1].isEmpty()) {
                text.append('=').append(params[i + 1]);
            }
        }
        return new ContactAddress(text.toString(), scheme, user, host, port, map);
    }

    /** A phone's contact on its own IP address. */
    static ContactAddress phone(String ip) {
        return sip("201", ip, 5060);
    }

    static ContactRequest contact(ContactAddress address) {
        return ContactRequest.of(address);
    }

    static ContactRequest contact(ContactAddress address, int expires) {
        return new ContactRequest(address, OptionalInt.of(expires), Optional.empty());
    }
}
