package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.SipResponseSpec;

/**
 * Beyond the in-flight cap the connector refuses with 503 at once instead of queueing; beyond the cap of new calls
 * being set up (admission control) a new call is refused the same way while the admitted one completes.
 */
class OverloadTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String OFFER = Sdp.of("alice", 4000);

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

    @Test
    void aNewCallBeyondTheSetupCapGets503WithRetryAfterAndTheAdmittedCallCompletes() throws Exception {
        CountDownLatch decide = new CountDownLatch(1);
        try (ConnectorFixture connector = ConnectorFixture.start(adapter -> adapter.setMaxCallSetups(1),
                (request, connection) -> {
                    if (request.method().equals("INVITE")) {
                        assertTrue(decide.await(10, TimeUnit.SECONDS));
                        connection.respond(request.transactionKey(), SipResponseSpec.status(200)
                                .body("application/sdp", Sdp.of("parley", 5000)).build());
                    }
                })) {
            TestPhone alice = connector.phone("alice");
            TestPhone bob = connector.phone("bob");
            TestPhone.Dialog admitted = alice.call(connector.uri());
            admitted.invite(OFFER);
            assertEquals("INVITE", connector.endpoint.nextRequest(WAIT).orElseThrow().method());

            TestPhone.Dialog beyond = bob.call(connector.uri());
            beyond.invite(OFFER);
            SipText refused = bob.response(503, "INVITE", WAIT);
            assertEquals("1", refused.header("Retry-After").orElseThrow());
            beyond.ackFailure(refused);

            decide.countDown();
            SipText ok = alice.response(200, "INVITE", WAIT);
            admitted.established(ok).ackInvite(null);
            admitted.send("BYE", null);
            alice.response(200, "BYE", WAIT);

            TestPhone.Dialog next = bob.call(connector.uri());
            next.invite(OFFER);
            SipText answered = bob.response(200, "INVITE", WAIT);
            next.established(answered).ackInvite(null);
            next.send("BYE", null);
            bob.response(200, "BYE", WAIT);
            connector.awaitNothingHeld(WAIT);
            alice.close();
            bob.close();
        }
    }
}
