package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * Hold and resume between two hand-written phones as Parley carries them out (music on hold): the holder's re-INVITE
 * is answered from Parley's media engine and the other party re-INVITEd onto it; resuming, the other party gets the
 * holder's offer and the holder the other's answer (3pcc, RFC 3725).
 */
final class Holds {

    private Holds() {
    }

    /**
     * What the hold gave: Parley's answer to the holder and Parley's offer to the other party.
     *
     * @param answer Parley's SDP answer to the holder's re-INVITE
     * @param offer  Parley's SDP offer in its re-INVITE to the other party
     */
    record Held(String answer, String offer) {
    }

    /** {@code holder} holds with {@code holdOffer}; {@code other} answers Parley's offer with {@code otherAnswer}. */
    static Held hold(SipPhone.Dialog holder, SipPhone.Dialog other, String holdOffer, String otherAnswer) {
        SipPhone.Sent hold = holder.send("INVITE", "application/sdp", holdOffer);
        SipMessageText reInvite = TwoPhones.relayed(hold, other, "INVITE");
        SipMessageText answered = hold.awaitFinal();
        assertEquals(200, answered.status(), answered::toString);
        holder.ack();
        String expected = holdOffer.contains("a=inactive") ? "a=inactive" : "a=recvonly";
        assertTrue(answered.body().contains(expected), () -> "Parley answers the hold " + expected + ": " + answered);
        assertTrue(!reInvite.body().equals(holdOffer) && reInvite.body().contains("a=sendrecv")
                && reInvite.body().contains(" RTP/AVP 0 8 101"), () -> "Parley's own offer: " + reInvite.body());
        other.respondTo(reInvite, 200, "application/sdp", otherAnswer);
        other.awaitRequest("ACK");
        return new Held(answered.body(), reInvite.body());
    }

    /**
     * {@code holder} takes the call off hold with {@code offer}: {@code other} gets exactly that offer, answers with
     * {@code answer}, and the holder gets exactly that answer.
     */
    static void resume(SipPhone.Dialog holder, SipPhone.Dialog other, String offer, String answer) {
        SipPhone.Sent resume = holder.send("INVITE", "application/sdp", offer);
        SipMessageText reInvite = TwoPhones.relayed(resume, other, "INVITE");
        assertEquals(offer, reInvite.body(), "the holder's offer reaches the other party unchanged");
        other.respondTo(reInvite, 200, "application/sdp", answer);
        other.awaitRequest("ACK");
        SipMessageText ok = resume.awaitFinal();
        assertEquals(200, ok.status(), ok::toString);
        assertEquals(answer, ok.body(), "the other party's answer reaches the holder unchanged");
        holder.ack();
    }
}
