package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.SipResponseSpec;

/** The registry of transaction keys only holds transactions that can still be answered. */
class TransactionRegistryTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void aNonInviteLeavesWithItsFinalResponseAndAnInviteWhenJainSipEndsIt() throws Exception {
        try (ConnectorFixture connector = ConnectorFixture.start((request, connection) ->
                connection.respond(request.transactionKey(), SipResponseSpec.status(
                        request.method().equals("INVITE") ? 486 : 200).build()));
             UdpSipClient phone = connector.udpClient()) {
            IntSupplier open = () -> connector.adapter.runtime().orElseThrow().openTransactions();

            phone.send(phone.request("OPTIONS"));
            assertEquals(200, phone.finalResponse(WAIT).statusCode());
            assertEquals(0, open.getAsInt(), "a non-INVITE leaves as it is answered");

            TestRequest invite = phone.request("INVITE").header("Contact: <sip:alice@127.0.0.1:" + phone.port() + ">");
            phone.send(invite);
            TestResponse busy = phone.finalResponse(WAIT);
            assertEquals(486, busy.statusCode());
            assertEquals(1, open.getAsInt(), "an INVITE stays until its transaction ends");
            phone.send(phone.request("ACK").callId(invite.callId()).branch(invite.branch())
                    .toTag(busy.header("To").orElseThrow().replaceAll(".*;tag=", "")));

            // Timer I (T4, 5 s over UDP) ends the INVITE transaction after its ACK.
            assertTrue(awaitZero(open, Duration.ofSeconds(30)), "INVITE entry cleared after its transaction ended");
        }
    }

    /** Waits, with a deadline, until the count falls to zero (JAIN-SIP's timers end the transaction). */
    private static boolean awaitZero(IntSupplier count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count.getAsInt() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
        return true;
    }
}
