package org.parley.test.support;

import java.util.function.Consumer;

/**
 * How a {@link SipPhone} reaches Parley: a UDP socket of its own, or a WebSocket as a browser's SIP stack has
 * (RFC 7118). It sends SIP text, hands what it receives to the phone, and says how the phone names itself in Via and
 * Contact.
 */
interface PhoneLink extends AutoCloseable {

    /** Starts handing every SIP message received to {@code receiver}, on a thread of the link. */
    void start(Consumer<String> receiver);

    void send(String text);

    /** The Via header line for a request with {@code branch}. */
    String via(String branch);

    /** The host part of the phone's Contact and Call-IDs: {@code ip:port}, or {@code name.invalid;transport=ws}. */
    String contactAddress();

    /** The local IP address (UDP), or the {@code .invalid} name of a WebSocket client. */
    String ip();

    /** The local port (UDP); -1 for a WebSocket, whose local port the JDK does not show. */
    int port();

    @Override
    void close();
}
