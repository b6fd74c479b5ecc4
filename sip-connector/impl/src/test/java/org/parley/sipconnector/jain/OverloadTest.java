package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.SipResponseSpec;

/** Beyond the in-flight cap the connector refuses with 503 at once instead of queueing. */
class OverloadTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void aRequestBeyondTheCapGets503WithRetryAfterAndTheCapFreesWhenWorkEnds() throws Exception {
        CountDownLatch unblock = new CountDownLatch(1);
        try (ConnectorFixture connector = ConnectorFixture.start(adapter -> adapter.setMaxInFlight(1),
                (request, connection) -> {
                    if (request.callId().startsWith("slow")) {
                        assertTrue(unblock.await(10, TimeUnit.SECONDS));
                    }
                    connection.respond(request.transactionKey(), SipResponseSpec.status(200).build());
                });
             UdpSipClient slowPhone = connector.udpClient();
             UdpSipClient phone = connector.udpClient()) {

            slowPhone.send(slowPhone.request("OPTIONS").callId("slow-1"));
            assertEquals("slow-1", connector.endpoint.nextRequest(WAIT).orElseThrow().callId());

            phone.send(phone.request("OPTIONS"));
            TestResponse refused = phone.finalResponse(WAIT);
            assertEquals(503, refused.statusCode());
            assertEquals("Service Unavailable", refused.reasonPhrase());
            assertEquals("1", refused.header("Retry-After").orElseThrow());

            unblock.countDown();
            assertEquals(200, slowPhone.finalResponse(WAIT).statusCode());
            assertTrue(connector.endpoint.awaitAllReleased(WAIT));
            phone.send(phone.request("OPTIONS"));
            assertEquals(200, phone.finalResponse(WAIT).statusCode());
        }
    }
}
