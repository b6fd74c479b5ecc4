package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.SipPeer;
import org.parley.sipconnector.SipRequest;
import org.parley.sipconnector.SipResponseSpec;

/** The same connector serves TCP on the same port, answering on the connection the request came on. */
class InboundTcpTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void requestsOverOneTcpConnectionAreDeliveredAndAnswered() throws Exception {
        try (ConnectorFixture connector = ConnectorFixture.start((request, connection) ->
                connection.respond(request.transactionKey(), SipResponseSpec.status(200)
                        .body("text/plain", "over " + request.transport()).build()));
             TcpSipClient phone = connector.tcpClient()) {

            phone.send(phone.request("OPTIONS"));
            TestResponse first = phone.receive(WAIT);
            phone.send(phone.request("REGISTER").header("Contact: <sip:alice@127.0.0.1;transport=tcp>"));
            TestResponse second = phone.receive(WAIT);

            assertEquals(200, first.statusCode());
            assertEquals("over TCP", first.body());
            assertEquals(200, second.statusCode());
            SipRequest options = connector.endpoint.nextRequest(WAIT).orElseThrow();
            assertEquals("TCP", options.transport());
            assertEquals(new SipPeer("127.0.0.1", phone.port()), options.remote());
            assertEquals("REGISTER", connector.endpoint.nextRequest(WAIT).orElseThrow().method());
        }
    }
}
