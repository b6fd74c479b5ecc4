package org.parley.e2e.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipClient;
import org.parley.test.support.SipMessageText;

/** What Parley answers to requests other than REGISTER. */
@ExtendWith(SharedParleyServer.class)
class SipBasicsIT {

    @Test
    void optionsIsAnsweredWithWhatParleySupports(ParleyServer server) {
        SipMessageText ok = ask(server, "OPTIONS", "sip:127.0.0.1");

        assertEquals(200, ok.status(), ok::toString);
        assertTrue(ok.header("Allow").orElseThrow().contains("REGISTER"), ok::toString);
        assertTrue(ok.header("Allow").orElseThrow().contains("OPTIONS"), ok::toString);
        assertEquals("application/sdp", ok.header("Accept").orElseThrow());
        assertTrue(ok.header("Supported").isPresent(), ok::toString);
        assertTrue(ok.header("To").orElseThrow().contains(";tag="), "a To tag on a final response");
    }

    @Test
    void aKnownMethodParleyDoesNotServeYetGets405WithAllow(ParleyServer server) {
        SipMessageText answer = ask(server, "PUBLISH", "sip:2001@127.0.0.1", "Event: presence",
                "Contact: <sip:tester@127.0.0.1:5999>");

        assertEquals(405, answer.status(), answer::toString);
        assertTrue(answer.header("Allow").orElseThrow().contains("INVITE"), answer::toString);
    }

    @Test
    void anUnknownMethodGets501(ParleyServer server) {
        SipMessageText answer = ask(server, "FOO", "sip:127.0.0.1");

        assertEquals(501, answer.status(), answer::toString);
    }

    @Test
    void anUnsupportedExtensionInRequireGets420(ParleyServer server) {
        SipMessageText answer = ask(server, "OPTIONS", "sip:127.0.0.1", "Require: nothingknown, 100rel");

        assertEquals(420, answer.status(), answer::toString);
        assertEquals(java.util.Set.of("nothingknown", "100rel"), java.util.Set.of(
                answer.header("Unsupported").orElseThrow().split("\\s*,\\s*")));
    }

    @Test
    void anUnsupportedUriSchemeGets416(ParleyServer server) {
        SipMessageText answer = ask(server, "OPTIONS", "tel:+14155550100");

        assertEquals(416, answer.status(), answer::toString);
    }

    @Test
    void aCancelMatchingNothingGets481(ParleyServer server) {
        SipMessageText answer = ask(server, "CANCEL", "sip:2001@127.0.0.1");

        assertEquals(481, answer.status(), answer::toString);
    }

    @Test
    void aRetransmittedRequestIsAnsweredAgainWithTheSameResponse(ParleyServer server) {
        try (SipClient phone = SipClient.udp(server)) {
            String callId = UUID.randomUUID() + "@test";
            String options = SipRequests.request("OPTIONS", "sip:127.0.0.1", phone.localPort(), callId);
            SipMessageText first = phone.request(options, callId);
            // as a phone that missed the answer: it retransmits at T1 (JAIN-SIP keeps the response to resend only
            // just after putting it on the wire, so an instant retransmission can race it)
            SipMessageText again = phone.requestRetransmitting(options, callId);

            assertEquals(first.header("To"), again.header("To"), "the transaction's own response, resent");
        }
    }

    private static SipMessageText ask(ParleyServer server, String method, String uri, String... headers) {
        try (SipClient phone = SipClient.udp(server)) {
            String callId = UUID.randomUUID() + "@test";
            return phone.request(SipRequests.request(method, uri, phone.localPort(), callId, headers), callId);
        }
    }
}
