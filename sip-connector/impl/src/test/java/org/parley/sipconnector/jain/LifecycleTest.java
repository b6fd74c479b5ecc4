package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.ResourceAdapterInternalException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipConnectionFactory;
import org.parley.sipconnector.SipListeningPoint;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;

/** Start binds, stop releases the ports and ends every stack thread; configuration comes from the environment too. */
class LifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final RecordingEndpointFactory.Behaviour ANSWER_200 = (request, connection) ->
            connection.respond(request.transactionKey(), SipResponseSpec.status(200).build());

    @Test
    void stopReleasesThePortsAndEndsEveryStackThread() throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        ConnectorFixture first = ConnectorFixture.start(ANSWER_200);
        int port = first.port;
        try (UdpSipClient udp = first.udpClient(); TcpSipClient tcp = first.tcpClient()) {
            udp.send(udp.request("OPTIONS"));
            assertEquals(200, udp.finalResponse(WAIT).statusCode());
            tcp.send(tcp.request("OPTIONS"));
            assertEquals(200, tcp.receive(WAIT).statusCode());
        }
        first.close();

        assertNoThreadBeyond(before);

        try (ConnectorFixture second = ConnectorFixture.start(adapter -> adapter.setSipPort(port), ANSWER_200);
             UdpSipClient udp = second.udpClient();
             TcpSipClient tcp = second.tcpClient()) {
            udp.send(udp.request("OPTIONS"));
            assertEquals(200, udp.finalResponse(WAIT).statusCode());
            tcp.send(tcp.request("OPTIONS"));
            assertEquals(200, tcp.receive(WAIT).statusCode());
        }
    }

    @Test
    void aTcpPortInUseStopsTheStartAndLeavesNoThreadBehind() throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        int port = ConnectorFixture.freePort();
        try (ServerSocket taken = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            ResourceAdapterInternalException e = assertThrows(ResourceAdapterInternalException.class,
                    () -> ConnectorFixture.start(adapter -> adapter.setSipPort(taken.getLocalPort()), ANSWER_200));
            assertTrue(e.getMessage().contains(String.valueOf(port)), e.getMessage());
        }
        assertNoThreadBeyond(before);
    }

    @Test
    void stopEndsTheWebSocketThreadsWithAClientConnected() throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        int wsPort = ConnectorFixture.freePort();
        ConnectorFixture connector = ConnectorFixture.start(adapter -> adapter.setSipWsPort(wsPort), ANSWER_200);
        try (WebSocketSipClient client = WebSocketSipClient.connect(java.net.http.HttpClient.newHttpClient(),
                java.net.URI.create("ws://127.0.0.1:" + wsPort), "http://127.0.0.1:8080", "alice")) {
            assertEquals("sip", client.subprotocol());
            connector.close();
        }

        // the JDK's HTTP client keeps its own threads until it is collected: only the connector's must end
        before.addAll(Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("HttpClient")).toList());
        assertNoThreadBeyond(before);
    }

    @Test
    void aWebSocketPortInUseStopsTheStartAndLeavesNoThreadBehind() throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ResourceAdapterInternalException e = assertThrows(ResourceAdapterInternalException.class,
                    () -> ConnectorFixture.start(adapter -> adapter.setSipWsPort(taken.getLocalPort()), ANSWER_200));
            assertTrue(e.getMessage().contains(String.valueOf(taken.getLocalPort())), e.getMessage());
        }
        assertNoThreadBeyond(before);
    }

    /** Every thread started since {@code before} ends within the deadline. */
    private static void assertNoThreadBeyond(Set<Thread> before) throws InterruptedException {
        for (Thread started : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(started)) {
                started.join(WAIT.toMillis());
                assertFalse(started.isAlive(), "still running after stop: " + started.getName());
            }
        }
    }

    @Test
    void connectionsSeeTheListeningPointsOnlyWhileStarted() throws Exception {
        ConnectorFixture connector = ConnectorFixture.start(ANSWER_200);
        SipConnectionFactory factory = connector.connections;
        try (SipConnection connection = factory.getConnection()) {
            assertEquals(List.of(new SipListeningPoint("UDP", "127.0.0.1", connector.port),
                    new SipListeningPoint("TCP", "127.0.0.1", connector.port)), connection.listeningPoints());
        }
        connector.close();

        try (SipConnection connection = factory.getConnection()) {
            assertEquals(List.of(), connection.listeningPoints());
            assertThrows(SipSendException.class,
                    () -> connection.respond("any", SipResponseSpec.status(200).build()));
        }
    }

    @Test
    void aClosedConnectionCannotBeUsed() throws Exception {
        try (ConnectorFixture connector = ConnectorFixture.start(ANSWER_200)) {
            SipConnection connection = connector.connections.getConnection();
            connection.close();
            assertThrows(IllegalStateException.class, connection::listeningPoints);
        }
    }

    @Test
    void theEnvironmentOverridesTheAdaptersProperties() throws Exception {
        int overridden = ConnectorFixture.freePort();
        ConfigLookup environment = new ConfigLookup(name -> null,
                Map.of(SipSettings.PORT, String.valueOf(overridden))::get);
        try (ConnectorFixture connector = ConnectorFixture.start(adapter -> adapter.overrideFrom(environment),
                ANSWER_200);
             SipConnection connection = connector.connections.getConnection()) {
            assertEquals(overridden, connection.listeningPoints().get(0).port());
        }
    }

    @Test
    void anInvalidSettingStopsTheStartAndNamesTheSetting() {
        SipResourceAdapter adapter = new SipResourceAdapter();
        adapter.overrideFrom(new ConfigLookup(Map.of(SipSettings.MAX_IN_FLIGHT, "lots")::get, name -> null));

        ResourceAdapterInternalException e = assertThrows(ResourceAdapterInternalException.class,
                () -> adapter.start(new FakeBootstrapContext(new ExecutorWorkManager())));
        assertTrue(e.getMessage().contains(SipSettings.MAX_IN_FLIGHT), e.getMessage());
    }

    @Test
    void aPortInUseStopsTheStart() throws Exception {
        try (ConnectorFixture running = ConnectorFixture.start(ANSWER_200)) {
            SipResourceAdapter second = new SipResourceAdapter();
            second.overrideFrom(ConnectorFixture.NO_OVERRIDES);
            second.setSipHost("127.0.0.1");
            second.setSipPort(running.port);
            second.setSipWsPort(0);
            try (ExecutorWorkManager work = new ExecutorWorkManager()) {
                assertThrows(ResourceAdapterInternalException.class,
                        () -> second.start(new FakeBootstrapContext(work)));
            }
        }
    }
}
