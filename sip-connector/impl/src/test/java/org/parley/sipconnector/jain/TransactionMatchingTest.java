package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.SipResponseSpec;
import org.parley.sipconnector.SipSendException;

/**
 * Server transactions matched as RFC 3261 §17.2.3 says: the top Via's branch AND sent-by AND the method (ACK to its
 * INVITE). Requests that reuse another sender's branch, or another method's, are new transactions and answered; a
 * true retransmission (same branch, sent-by and method) is still absorbed and answered with the same response.
 */
class TransactionMatchingTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    /** Answers every request but ACK 200. */
    private static final RecordingEndpointFactory.Behaviour ANSWER_200 = (request, connection) -> {
        if (!request.method().equals("ACK")) {
            try {
                connection.respond(request.transactionKey(), SipResponseSpec.status(200).build());
            } catch (SipSendException e) {
                throw new IllegalStateException(e);
            }
        }
    };

    @Test
    void sameBranchFromTwoSendersIsTwoTransactions() throws Exception {
        try (ConnectorFixture connector = ConnectorFixture.start(ANSWER_200);
             UdpSipClient first = connector.udpClient();
             UdpSipClient second = connector.udpClient()) {
            TestRequest one = first.request("OPTIONS").branch("z9hG4bKshared");
            TestRequest two = second.request("OPTIONS").branch("z9hG4bKshared");
            first.send(one);
            assertEquals(200, first.finalResponse(WAIT).statusCode());
            second.send(two);
            assertEquals(200, second.finalResponse(WAIT).statusCode(), "the second sender's request answered");
            assertEquals(2, connector.endpoint.drainMethods().size(), "both delivered to the application");
        }
    }

    @Test
    void sameBranchAndSenderWithAnotherMethodIsAnotherTransaction() throws Exception {
        try (ConnectorFixture connector = ConnectorFixture.start(ANSWER_200);
             UdpSipClient phone = connector.udpClient()) {
            phone.send(phone.request("OPTIONS").branch("z9hG4bKreused"));
            assertEquals(200, phone.finalResponse(WAIT).statusCode());
            phone.send(phone.request("MESSAGE").branch("z9hG4bKreused"));
            assertEquals(200, phone.finalResponse(WAIT).statusCode(), "the MESSAGE answered");
            assertEquals(2, connector.endpoint.drainMethods().size(), "both delivered to the application");
        }
    }

    @Test
    void aRetransmissionIsStillAbsorbed() throws Exception {
        try (ConnectorFixture connector = ConnectorFixture.start(ANSWER_200);
             UdpSipClient phone = connector.udpClient()) {
            TestRequest options = phone.request("OPTIONS").branch("z9hG4bKagain");
            phone.send(options);
            assertEquals(200, phone.finalResponse(WAIT).statusCode());
            // retransmitted as a phone does (Timer E): a datagram lost on a loaded machine is sent again
            assertEquals(200, phone.sendUntilAnswered(options, WAIT).statusCode(), "the retransmission answered again");
            assertEquals(List.of("OPTIONS"), connector.endpoint.drainMethods(), "delivered once");
        }
    }

    @Test
    void anRfc2543RequestWithoutBranchOrMaxForwardsIsHandled() throws Exception {
        try (ConnectorFixture connector = ConnectorFixture.start(ANSWER_200);
             UdpSipClient phone = connector.udpClient()) {
            String rfc2543 = phone.request("OPTIONS").withoutMaxForwards().text()
                    .replaceFirst(";branch=[^;\\r]*", "");
            phone.send(rfc2543.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(200, phone.finalResponse(WAIT).statusCode(), "answered by the application");
            assertEquals(List.of("OPTIONS"), connector.endpoint.drainMethods());
        }
    }

    @Test
    void anRfc2543InviteWithoutContactIsDelivered() throws Exception {
        try (ConnectorFixture connector = ConnectorFixture.start((request, connection) -> { });
             UdpSipClient phone = connector.udpClient()) {
            String rfc2543 = phone.request("INVITE").withoutMaxForwards().text()
                    .replaceFirst(";branch=[^;\\r]*", "");
            phone.send(rfc2543.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("INVITE", connector.endpoint.nextRequest(WAIT).orElseThrow().method());
        }
    }

    @Test
    void aCancelFromAnotherSenderReusingTheBranchCancelsNothing() throws Exception {
        try (ConnectorFixture connector = ConnectorFixture.start((request, connection) -> {
                 int status = request.method().equals("INVITE") ? 180 : 481;
                 try {
                     connection.respond(request.transactionKey(), SipResponseSpec.status(status).build());
                 } catch (SipSendException e) {
                     throw new IllegalStateException(e);
                 }
             });
             UdpSipClient caller = connector.udpClient();
             UdpSipClient other = connector.udpClient()) {
            caller.send(caller.request("INVITE").branch("z9hG4bKcancelme").callId("cancel@127.0.0.1")
                    .header("Contact: <sip:caller@127.0.0.1:" + caller.port() + ">"));
            assertEquals(180, caller.response(180, WAIT).statusCode());
            other.send(other.request("CANCEL").branch("z9hG4bKcancelme").callId("cancel@127.0.0.1"));
            assertEquals(481, other.finalResponse(WAIT).statusCode(), "not the caller's INVITE: not cancelled");
            caller.send(caller.request("CANCEL").branch("z9hG4bKcancelme").callId("cancel@127.0.0.1"));
            java.util.Set<Integer> finals = new java.util.TreeSet<>();
            for (int i = 0; i < 10 && finals.size() < 2; i++) {
                finals.add(caller.finalResponse(WAIT).statusCode());
            }
            assertEquals(java.util.Set.of(200, 487), finals, "the caller's own CANCEL answered, its INVITE cancelled");
        }
    }

    @Test
    void anotherSipVersionIsAnswered505AndARepeatedCallIdIs400() throws Exception {
        try (ConnectorFixture connector = ConnectorFixture.start(ANSWER_200);
             UdpSipClient phone = connector.udpClient()) {
            phone.send(phone.request("OPTIONS").text().replaceFirst(" SIP/2.0\r\n", " SIP/7.0\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(505, phone.finalResponse(WAIT).statusCode());
            phone.send(phone.request("OPTIONS").header("Call-ID: another@127.0.0.1").text()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(400, phone.finalResponse(WAIT).statusCode());
            assertEquals(List.of(), connector.endpoint.drainMethods(), "neither delivered");
        }
    }
}
