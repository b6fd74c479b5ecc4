package org.parley.sipconnector.jain;

import jakarta.resource.ResourceException;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.parley.sipconnector.SipConnectionFactory;

/**
 * A started adapter on a free loopback port, with a work manager and (optionally) a recording endpoint activated,
 * plus the connection factory the endpoint answers through. Closing it stops the adapter and the work threads.
 */
final class ConnectorFixture implements AutoCloseable {

    /** Overrides nothing: the tests' own configuration is what counts, whatever the build's environment holds. */
    static final ConfigLookup NO_OVERRIDES = new ConfigLookup(name -> null, name -> null);

    /**
     * T1 = 40 ms: transaction timeouts and the wait for an ACK (64·T1) take 2.56 s instead of 32 s; registrations are
     * retried after 200 ms, 400 ms, … up to 1 s.
     */
    static final Timing FAST = new Timing(Duration.ofMillis(40), Duration.ofMillis(640), Duration.ofMillis(200),
            Duration.ofSeconds(1));

    final SipResourceAdapter adapter;
    final int port;
    final SipConnectionFactory connections;
    final RecordingEndpointFactory endpoint;
    private final ExecutorWorkManager workManager;

    private ConnectorFixture(SipResourceAdapter adapter, int port, SipConnectionFactory connections,
            RecordingEndpointFactory endpoint, ExecutorWorkManager workManager) {
        this.adapter = adapter;
        this.port = port;
        this.connections = connections;
        this.endpoint = endpoint;
        this.workManager = workManager;
    }

    /** Started with an endpoint that behaves as given. */
    static ConnectorFixture start(RecordingEndpointFactory.Behaviour behaviour) throws Exception {
        return start(adapter -> { }, behaviour);
    }

    /** Started with an endpoint, after {@code configure} set the adapter's properties. */
    static ConnectorFixture start(Consumer<SipResourceAdapter> configure, RecordingEndpointFactory.Behaviour behaviour)
            throws Exception {
        return start(configure, behaviour, true);
    }

    /** Started without any endpoint activated. */
    static ConnectorFixture startWithoutEndpoint() throws Exception {
        return start(adapter -> { }, (request, connection) -> { }, false, new ExecutorWorkManager());
    }

    /**
     * Started with one stack thread and one work thread, so that messages are parsed, answered and delivered
     * strictly in the order they arrive: once a later message was answered, an earlier one was fully handled.
     */
    static ConnectorFixture startInArrivalOrder(RecordingEndpointFactory.Behaviour behaviour) throws Exception {
        return start(adapter -> adapter.setStackThreads(1), behaviour, true, new ExecutorWorkManager(1));
    }

    private static ConnectorFixture start(Consumer<SipResourceAdapter> configure,
            RecordingEndpointFactory.Behaviour behaviour, boolean activate) throws Exception {
        return start(configure, behaviour, activate, new ExecutorWorkManager());
    }

    private static ConnectorFixture start(Consumer<SipResourceAdapter> configure,
            RecordingEndpointFactory.Behaviour behaviour, boolean activate, ExecutorWorkManager workManager)
            throws Exception {
        SipResourceAdapter adapter = new SipResourceAdapter();
        adapter.overrideFrom(NO_OVERRIDES);
        adapter.setSipHost("127.0.0.1");
        adapter.setSipPort(freePort());
        adapter.setSipWsPort(0);
        configure.accept(adapter);
        try {
            adapter.start(new FakeBootstrapContext(workManager));
        } catch (Exception e) {
            workManager.close();
            throw e;
        }
        int port = adapter.runtime().orElseThrow().listeningPoints().get(0).port();
        SipConnectionFactory connections = connectionFactory(adapter);
        RecordingEndpointFactory endpoint = new RecordingEndpointFactory(connections, behaviour);
        if (activate) {
            SipActivationSpec spec = new SipActivationSpec();
            spec.setResourceAdapter(adapter);
            spec.validate();
            adapter.endpointActivation(endpoint, spec);
        }
        return new ConnectorFixture(adapter, port, connections, endpoint, workManager);
    }

    /** The outbound side as an application outside a container would create it. */
    static SipConnectionFactory connectionFactory(SipResourceAdapter adapter) throws ResourceException {
        SipManagedConnectionFactory mcf = new SipManagedConnectionFactory();
        mcf.setResourceAdapter(adapter);
        return (SipConnectionFactory) mcf.createConnectionFactory();
    }

    /** A port free on the loopback address for both TCP and UDP. */
    static int freePort() throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, loopback)) {
                int port = tcp.getLocalPort();
                try {
                    new DatagramSocket(port, loopback).close();
                    return port;
                } catch (SocketException udpTaken) {
                    // that number is taken for UDP: try another
                }
            }
        }
        throw new IOException("no loopback port free for both TCP and UDP");
    }

    /** Started with fast timers ({@link #FAST}) and an endpoint that behaves as given. */
    static ConnectorFixture startFast(RecordingEndpointFactory.Behaviour behaviour) throws Exception {
        return start(adapter -> adapter.timing(FAST), behaviour);
    }

    /** What the connector holds for calls now. */
    Occupancy occupancy() {
        return adapter.runtime().orElseThrow().occupancy();
    }

    /** Waits until the connector holds nothing of any call; fails with what it still holds after {@code timeout}. */
    Occupancy awaitNothingHeld(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Occupancy now = occupancy();
        while (!now.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still held after " + timeout + ": " + now);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            now = occupancy();
        }
        return now;
    }

    /** A phone on a free port talking to this connector. */
    TestPhone phone(String user) throws IOException {
        return new TestPhone(user, port);
    }

    /** The connector's address for phones, e.g. {@code sip:parley@127.0.0.1:5060}. */
    String uri() {
        return "sip:parley@127.0.0.1:" + port;
    }

    UdpSipClient udpClient() throws IOException {
        return new UdpSipClient(port);
    }

    TcpSipClient tcpClient() throws IOException {
        return new TcpSipClient(port);
    }

    @Override
    public void close() {
        adapter.stop();
        workManager.close();
    }
}
