package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/** What the forwarding call tests check again and again. */
public final class ForwardedCalls {

    private ForwardedCalls() {
    }

    /** The forwards of a call record as {@code from>to reason}, in order. */
    public static List<String> hops(JsonObject cdr) {
        return cdr.getJsonArray("hops").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("type") + " " + h.getString("from") + ">" + h.getString("to") + " "
                        + h.getString("reason"))
                .toList();
    }

    /**
     * The phone gets no call: once the forwarded call has reached its target (every device of a call is rung at the
     * same moment), nothing arrives at this phone either.
     */
    static void assertNotRung(SipPhone phone) {
        assertThrows(AssertionError.class, () -> phone.awaitCall(Duration.ofMillis(500)),
                "the forwarded extension's own phone must not ring");
    }

    /** The callee answers, the caller gets 200 and acknowledges, then hangs up. */
    static void answerAndHangUp(ParleyServer server, String callerNumber, SipPhone.Dialog caller,
            SipPhone.Dialog callee) {
        callee.ring();
        callee.respond(200, SipPhone.offer("callee", 43000));
        SipMessageText ok = caller.awaitFinal();
        assertEquals(200, ok.status(), ok::toString);
        callee.awaitRequest("ACK");
        acknowledge(server, callerNumber, caller);
        TwoPhones.hangUp(new TwoPhones.Connected(caller, callee));
    }

    /**
     * The caller acknowledges the 200 it got; returns once Parley has taken the ACK (the caller's leg CONFIRMED), so
     * that a BYE sent next does not overtake it.
     */
    static void acknowledge(ParleyServer server, String callerNumber, SipPhone.Dialog caller) {
        caller.ack();
        Await.until(Duration.ofSeconds(5), "the ACK of " + callerNumber + " taken by Parley",
                () -> Calls.from(server, callerNumber).map(c -> c.getJsonArray("legs").getValuesAs(JsonObject.class)
                        .stream().anyMatch(l -> l.getString("role").equals("ORIGIN")
                                && l.getString("state").equals("CONFIRMED")))
                        .orElse(false));
    }
}
