package org.parley.sipconnector.jain;

import java.security.NoSuchAlgorithmException;
import java.util.Properties;
import javax.net.ssl.SSLContext;

/**
 * The JAIN-SIP stack's configuration, tuned as measured in STACK.md ("Throughput"). JAIN-SIP lets a JVM system
 * property of the same name override each of these, so operators can still adjust one without a rebuild.
 */
final class StackProperties {

    static final String STACK_NAME = "parley-sip";

    /** 4 MiB socket buffers: a burst of datagrams waits in the kernel instead of being dropped. */
    private static final int UDP_BUFFER_BYTES = 4 * 1024 * 1024;

    /** Largest message read from a TCP connection (and largest datagram); stops a peer from streaming without end. */
    private static final int MAX_MESSAGE_BYTES = 64 * 1024;

    /**
     * Server transaction table high-water mark. A completed non-INVITE UDP transaction stays 32 s (Timer J, 64*T1),
     * so 10,000 requests/s keep about 320,000 in the table. JAIN-SIP starts refusing new transactions at random
     * above 80 % of this mark (400,000), which leaves a quarter of headroom above that rate.
     */
    private static final int MAX_SERVER_TRANSACTIONS = 500_000;

    /**
     * An INVITE server transaction the application never finishes is dropped after an hour (a timeout event then
     * clears it from the connector's registry too), long enough for any caller kept ringing in a queue.
     */
    private static final int MAX_INVITE_TRANSACTION_SECONDS = 3600;

    private StackProperties() {
    }

    /** The cipher suites the JDK enables by default (its security properties may narrow them). */
    private static String[] jdkCipherSuites() {
        try {
            return SSLContext.getDefault().getDefaultSSLParameters().getCipherSuites();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no default TLS context", e);
        }
    }

    static Properties of(SipSettings settings) {
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", STACK_NAME);
        // The connector keys everything by transactions and value keys; JAIN-SIP's dialog layer stays out of the way.
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        // Every request goes through the connector's router, which pins a leg's dialog to its next hop.
        p.setProperty("javax.sip.ROUTER_PATH", LegRouter.class.getName());
        p.setProperty("javax.sip.USE_ROUTER_FOR_ALL_URIS", "true");
        // A fixed pool parses UDP and runs the listener: without it JAIN-SIP starts a thread per datagram.
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", Integer.toString(settings.stackThreads()));
        // The listener only schedules work, so it can be called concurrently instead of through one thread.
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        p.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", Integer.toString(UDP_BUFFER_BYTES));
        p.setProperty("gov.nist.javax.sip.SEND_UDP_BUFFER_SIZE", Integer.toString(UDP_BUFFER_BYTES));
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", Integer.toString(MAX_MESSAGE_BYTES));
        p.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", Integer.toString(MAX_SERVER_TRANSACTIONS));
        // MAX_CLIENT_TRANSACTIONS stays unset (unlimited): at its mark JAIN-SIP blocks the sending thread in an
        // untimed wait until the count falls to a low-water mark it computes as 640, a hang rather than a refusal.
        p.setProperty("gov.nist.javax.sip.MAX_TX_LIFETIME_INVITE", Integer.toString(MAX_INVITE_TRANSACTION_SECONDS));
        // Completed transactions drop their parsed messages and keep only the bytes needed for retransmissions.
        p.setProperty("gov.nist.javax.sip.RELEASE_REFERENCES_STRATEGY", "Normal");
        // Parse errors become one-line reason phrases in the 400s JAIN-SIP sends for unparseable requests.
        p.setProperty("gov.nist.javax.sip.MESSAGE_PARSER_FACTORY", TransactionMatchingParserFactory.class.getName());
        // JAIN-SIP logs through java.util.logging, quiet unless FINE is enabled for "gov.nist.javax.sip".
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", JulStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "false");
        web(settings.web(), p);
        return p;
    }

    /**
     * WebSocket and TLS: the connector's processor factory (Origin check), and JAIN-SIP's RFC 7118 rewriting of a
     * WebSocket client's {@code .invalid} Via and Contact hosts to the connection's address. The keystore serves as
     * trust store too; clients are not asked for certificates (browsers and phones have none).
     */
    private static void web(WebTransports web, Properties p) {
        p.setProperty("gov.nist.javax.sip.MESSAGE_PROCESSOR_FACTORY", ConnectorMessageProcessors.class.getName());
        ConnectorMessageProcessors.describe(web.origins(), p);
        p.setProperty("gov.nist.javax.sip.PATCH_SIP_WEBSOCKETS_HEADERS", "true");
        web.keystore().ifPresent(k -> {
            p.setProperty("javax.net.ssl.keyStore", k.path().toAbsolutePath().toString());
            p.setProperty("javax.net.ssl.keyStorePassword", k.password());
            p.setProperty("javax.net.ssl.keyStoreType", k.type());
            p.setProperty("javax.net.ssl.trustStore", k.path().toAbsolutePath().toString());
            p.setProperty("javax.net.ssl.trustStorePassword", k.password());
            p.setProperty("javax.net.ssl.trustStoreType", k.type());
            p.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", "Disabled");
            // JAIN-SIP's own default list is RSA key exchange only (no forward secrecy, no EC keys): the JDK's instead
            p.setProperty("gov.nist.javax.sip.ENABLED_CIPHER_SUITES", String.join(" ", jdkCipherSuites()));
            p.setProperty("gov.nist.javax.sip.TLS_CLIENT_PROTOCOLS", "TLSv1.3,TLSv1.2");
        });
    }
}
