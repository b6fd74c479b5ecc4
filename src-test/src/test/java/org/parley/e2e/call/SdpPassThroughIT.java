package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Parley does not anchor media yet: session descriptions pass from one phone to the other byte for byte, whatever
 * they hold (several media, unusual attributes), and a late offer (INVITE without SDP) works end to end.
 */
@ExtendWith(SharedParleyServer.class)
class SdpPassThroughIT {

    /** An offer with audio and video, a session-level attribute, ICE-like lines and a trailing unknown attribute. */
    private static final String RICH_OFFER = "v=0\r\n"
            + "o=- 1700000000 1700000000 IN IP4 127.0.0.1\r\n"
            + "s=Parley pass-through check\r\n"
            + "i=A session with two media\r\n"
            + "c=IN IP4 127.0.0.1\r\n"
            + "b=AS:2048\r\n"
            + "t=0 0\r\n"
            + "a=group:BUNDLE 0 1\r\n"
            + "m=audio 49170 RTP/AVP 9 0 8 101\r\n"
            + "a=mid:0\r\n"
            + "a=rtpmap:9 G722/8000\r\n"
            + "a=rtpmap:101 telephone-event/8000\r\n"
            + "a=fmtp:101 0-15\r\n"
            + "a=ptime:20\r\n"
            + "a=candidate:1 1 UDP 2130706431 127.0.0.1 49170 typ host\r\n"
            + "a=sendrecv\r\n"
            + "m=video 51372 RTP/AVP 96\r\n"
            + "a=mid:1\r\n"
            + "a=rtpmap:96 VP8/90000\r\n"
            + "a=rtcp-fb:96 nack pli\r\n"
            + "a=x-parley-unknown:keep me exactly\r\n";

    private static final String RICH_ANSWER = "v=0\r\n"
            + "o=bob 99 1 IN IP4 127.0.0.1\r\n"
            + "s=-\r\n"
            + "c=IN IP4 127.0.0.1\r\n"
            + "t=0 0\r\n"
            + "m=audio 50000 RTP/AVP 9 101\r\n"
            + "a=rtpmap:9 G722/8000\r\n"
            + "a=rtpmap:101 telephone-event/8000\r\n"
            + "a=sendrecv\r\n"
            + "m=video 0 RTP/AVP 96\r\n";

    @Test
    void offerAndAnswerPassUnchanged(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            SipPhone.Dialog caller = p.alicePhone.invite(p.bob).body(RICH_OFFER).send();
            SipPhone.Dialog callee = p.bobPhone.awaitCall();

            SipMessageText invite = callee.invite();
            assertEquals(RICH_OFFER, invite.body(), "the offer reaches the callee byte for byte");
            assertEquals("application/sdp", invite.header("Content-Type").orElse(""));
            assertEquals(RICH_OFFER.length(), Integer.parseInt(invite.header("Content-Length").orElseThrow().trim()));

            callee.respond(200, RICH_ANSWER);
            SipMessageText ok = caller.awaitFinal();
            assertEquals(200, ok.status(), ok::toString);
            assertEquals(RICH_ANSWER, ok.body(), "the answer reaches the caller byte for byte");
            caller.ack();
            callee.awaitRequest("ACK");

            TwoPhones.hangUp(new TwoPhones.Connected(caller, callee));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void aLateOfferIsCarriedInTheAck(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            String calleeOffer = SipPhone.offer("bob-offers", 42000);
            String callerAnswer = SipPhone.sdp("alice-answers", 41000, "sendrecv", 1);

            SipPhone.Dialog caller = p.alicePhone.invite(p.bob).body("").send();
            SipPhone.Dialog callee = p.bobPhone.awaitCall();
            assertTrue(callee.invite().body().isEmpty(), () -> "no offer in the callee's INVITE:\n" + callee.invite());

            callee.respond(200, calleeOffer);
            SipMessageText ok = caller.awaitFinal();
            assertEquals(200, ok.status(), ok::toString);
            assertEquals(calleeOffer, ok.body(), "the callee's offer reaches the caller in the 200");

            caller.ack(callerAnswer);
            SipMessageText ack = callee.awaitRequest("ACK");
            assertEquals(callerAnswer, ack.body(), "the caller's answer reaches the callee in the ACK");

            TwoPhones.hangUp(new TwoPhones.Connected(caller, callee));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }
}
