package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.SipResponseSpec;

/** Requests are refused with 503 while no endpoint is activated, and served while one is. */
class EndpointActivationTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void withoutAnActiveEndpointRequestsGet503() throws Exception {
        try (ConnectorFixture connector = ConnectorFixture.startWithoutEndpoint();
             UdpSipClient phone = connector.udpClient()) {
            phone.send(phone.request("REGISTER").header("Contact: <sip:alice@127.0.0.1>"));
            assertEquals(503, phone.finalResponse(WAIT).statusCode());

            connector.endpoint.behave((request, connection) ->
                    connection.respond(request.transactionKey(), SipResponseSpec.status(200).build()));
            SipActivationSpec spec = new SipActivationSpec();
            spec.setResourceAdapter(connector.adapter);
            connector.adapter.endpointActivation(connector.endpoint, spec);
            phone.send(phone.request("OPTIONS"));
            assertEquals(200, phone.finalResponse(WAIT).statusCode());

            connector.adapter.endpointDeactivation(connector.endpoint, spec);
            phone.send(phone.request("OPTIONS"));
            assertEquals(503, phone.finalResponse(WAIT).statusCode());
        }
    }
}
