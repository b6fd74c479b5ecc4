package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.e2e.Forwardings;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Forwarding from the phone: {@code *72<number>} switches unconditional forwarding on, {@code *73} off; {@code *90}
 * / {@code *91} busy, {@code *52} / {@code *53} no answer. Parley answers the code itself with its own media, says
 * the prompt and hangs up; nothing rings. A target the rules refuse, or a code nobody knows, is answered the same way
 * ("invalid code") and changes nothing. What the phone hears is checked in {@code FeatureCodePromptsIT}.
 */
@ExtendWith(SharedParleyServer.class)
class FeatureCodesIT {

    @Test
    void starSeventyTwoSwitchesUnconditionalForwardingOnAndStarSeventyThreeOff(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            dialCode(p.bobPhone, "*72" + carol);
            ForwardedCalls.assertNotRung(carolPhone);

            JsonObject on = rule(server, p.bob, "unconditional");
            assertTrue(on.getBoolean("enabled"), on::toString);
            assertEquals(carol, on.getString("target"));

            SipPhone.Dialog caller = p.alicePhone.call(p.bob);
            SipPhone.Dialog callee = carolPhone.awaitCall();
            ForwardedCalls.answerAndHangUp(server, p.alice, caller, callee);

            dialCode(p.bobPhone, "*73");
            JsonObject off = rule(server, p.bob, "unconditional");
            assertFalse(off.getBoolean("enabled"), off::toString);
            assertEquals(carol, off.getString("target"), "the target is kept for the next *72");
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void busyAndNoAnswerHaveTheirCodes(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server)) {
            dialCode(p.bobPhone, "*90" + carol);
            dialCode(p.bobPhone, "*520612345678");

            assertEquals(carol, rule(server, p.bob, "busy").getString("target"));
            JsonObject noAnswer = rule(server, p.bob, "noAnswer");
            assertTrue(noAnswer.getBoolean("enabled"), noAnswer::toString);
            assertEquals("+33612345678", noAnswer.getString("target"), "stored in E.164");

            dialCode(p.bobPhone, "*91");
            assertFalse(rule(server, p.bob, "busy").getBoolean("enabled"));
            assertTrue(rule(server, p.bob, "noAnswer").getBoolean("enabled"), "the other rules stay as they are");
        }
    }

    @Test
    void anInternationalTargetIsRefused(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            dialCode(p.bobPhone, "*72+442079460958");

            assertFalse(rule(server, p.bob, "unconditional").getBoolean("enabled"));
            Forwardings.set(server, p.bob, "{}");
        }
    }

    @Test
    void anUnknownCodeIsAnsweredAndHungUp(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            dialCode(p.bobPhone, "*8642");
        }
    }

    /**
     * Parley's media engine speaks G.711 only: a phone offering nothing else (G.722 here) gets 488 for a code, since it
     * could not hear the confirmation.
     */
    @Test
    void aPhoneWithNoCommonCodecGets488(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            String offer = SipPhone.offer("bob", 40200).replace("RTP/AVP 0 8 101", "RTP/AVP 9 101")
                    .replace("a=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n", "a=rtpmap:9 G722/8000\r\n");
            SipMessageText refused = p.bobPhone.invite("*73").body(offer).send().awaitFinal();

            assertEquals(488, refused.status(), refused::toString);
        }
    }

    /** Dials a feature code: Parley answers it with an audio stream of its own (the prompt) and hangs up. */
    private static void dialCode(SipPhone phone, String code) {
        SipPhone.Dialog dialog = phone.call(code);
        SipMessageText ok = dialog.awaitFinal();
        assertEquals(200, ok.status(), () -> code + ": " + ok);
        assertTrue(ok.body().contains("m=audio ") && !ok.body().contains("m=audio 0 "),
                () -> "answered with Parley's media: " + ok);
        dialog.ack();
        SipMessageText bye = dialog.awaitRequest("BYE", Duration.ofSeconds(10));
        dialog.respondTo(bye, 200, null, "");
    }

    private static JsonObject rule(ParleyServer server, String extension, String kind) {
        return server.admin().get(Forwardings.path(extension)).json().getJsonObject(kind);
    }
}
