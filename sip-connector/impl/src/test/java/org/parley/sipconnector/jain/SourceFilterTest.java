package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipResponseSpec;

/**
 * Blocked sources and scanner user agents are dropped before anything else (no answer at all), while other sources
 * are served. Each "nothing arrives" check runs after a later request from another source was answered: with one
 * stack thread and one work thread, the dropped request was handled by then.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceFilterTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration QUIET = Duration.ofMillis(300);

    private ConnectorFixture connector;

    private static final RecordingEndpointFactory.Behaviour ANSWER_200 = (request, connection) ->
            connection.respond(request.transactionKey(), SipResponseSpec.status(200).build());

    @BeforeAll
    void start() throws Exception {
        connector = ConnectorFixture.startInArrivalOrder(ANSWER_200);
    }

    @BeforeEach
    void answerEverything() {
        connector.endpoint.behave(ANSWER_200);
    }

    @AfterAll
    void stop() {
        connector.close();
    }

    @Test
    void aBlockedSourceGetsNoAnswerUntilUnblockedWhileOthersAreServed() throws Exception {
        try (UdpSipClient attacker = new UdpSipClient(connector.port, InetAddress.getByName("127.0.0.7"));
                UdpSipClient phone = connector.udpClient();
                SipConnection connection = connector.connections.getConnection()) {
            connection.blockSource("127.0.0.7", Instant.now().plus(Duration.ofMinutes(5)));

            attacker.send(attacker.request("REGISTER"));
            phone.send(phone.request("OPTIONS"));
            assertEquals(200, phone.finalResponse(WAIT).statusCode());
            assertTrue(attacker.receive(QUIET).isEmpty(), "a blocked source is not answered");

            connection.unblockSource("127.0.0.7");
            attacker.send(attacker.request("REGISTER"));
            assertEquals(200, attacker.finalResponse(WAIT).statusCode());
        }
    }

    @Test
    void aBlockLapsesAtItsDeadline() throws Exception {
        try (UdpSipClient former = new UdpSipClient(connector.port, InetAddress.getByName("127.0.0.8"));
                SipConnection connection = connector.connections.getConnection()) {
            connection.blockSource("127.0.0.8", Instant.now().minusSeconds(1));

            former.send(former.request("OPTIONS"));
            assertEquals(200, former.finalResponse(WAIT).statusCode());
        }
    }

    @Test
    void scannerUserAgentsAreDroppedSilently() throws Exception {
        try (UdpSipClient scanner = connector.udpClient(); UdpSipClient phone = connector.udpClient()) {
            scanner.send(scanner.request("OPTIONS").header("User-Agent: friendly-scanner"));
            scanner.send(scanner.request("REGISTER").header("User-Agent: SIPVicious 0.3.4"));
            phone.send(phone.request("OPTIONS").header("User-Agent: Yealink SIP-T46U 108.86.0.20"));
            assertEquals(200, phone.finalResponse(WAIT).statusCode());
            assertTrue(scanner.receive(QUIET).isEmpty(), "a scanner is not answered");
        }
    }

    @Test
    void aDiscardedRequestGetsNoAnswerNotEvenA500() throws Exception {
        connector.endpoint.behave((request, connection) -> {
            if ("REGISTER".equals(request.method())) {
                connection.discard(request.transactionKey());
            } else {
                ANSWER_200.onRequest(request, connection);
            }
        });
        try (UdpSipClient guesser = connector.udpClient(); UdpSipClient phone = connector.udpClient()) {
            guesser.send(guesser.request("REGISTER"));
            phone.send(phone.request("OPTIONS"));
            assertEquals(200, phone.finalResponse(WAIT).statusCode());
            assertTrue(guesser.receive(QUIET).isEmpty(), "a discarded request is not answered");
        }
    }

    @Test
    void onlyIpLiteralsCanBeBlocked() throws Exception {
        try (SipConnection connection = connector.connections.getConnection()) {
            assertThrows(IllegalArgumentException.class,
                    () -> connection.blockSource("attacker.example.com", Instant.now().plusSeconds(60)));
        }
        assertEquals("0:0:0:0:0:0:0:1", SourceFilter.canonical("[::1]"));
    }

    @Test
    void theScannerListIsASetting() {
        ConfigLookup lookup = new ConfigLookup(name -> SipSettings.SCANNER_AGENTS.equals(name) ? "evil, other " : null,
                name -> null);
        SipSettings settings = SipSettings.resolve(new SipSettings("127.0.0.1", 5060, 10, 2), lookup);
        assertEquals(List.of("evil", "other"), settings.scannerAgents());
        ConfigLookup none = new ConfigLookup(name -> SipSettings.SCANNER_AGENTS.equals(name) ? "none" : null,
                name -> null);
        assertEquals(List.of(), SipSettings.resolve(new SipSettings("127.0.0.1", 5060, 10, 2), none).scannerAgents());
    }
}
