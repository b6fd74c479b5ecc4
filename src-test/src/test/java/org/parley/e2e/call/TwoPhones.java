package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/** Two fresh extensions, alice and bob, each with a hand-written {@link SipPhone} registered. */
final class TwoPhones implements AutoCloseable {

    private final ParleyServer server;
    final String alice;
    final String bob;
    final SipPhone alicePhone;
    final SipPhone bobPhone;

    /**
     * An answered call: alice's dialog with Parley and bob's.
     *
     * @param caller alice's side
     * @param callee bob's side
     */
    record Connected(SipPhone.Dialog caller, SipPhone.Dialog callee) {
    }

    private TwoPhones(ParleyServer server, String alice, String bob, SipPhone alicePhone, SipPhone bobPhone) {
        this.server = server;
        this.alice = alice;
        this.bob = bob;
        this.alicePhone = alicePhone;
        this.bobPhone = bobPhone;
    }

    static TwoPhones register(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        return new TwoPhones(server, alice, bob, SipPhone.registered(server, alice, "alice-password"),
                SipPhone.registered(server, bob, "bob-password"));
    }

    /**
     * Alice calls bob with {@code offer}; bob rings, answers with {@code answer}; alice acknowledges; returns once
     * Parley has taken alice's ACK (her leg CONFIRMED in {@code /api/calls}), so that what the test sends next in the
     * dialog is not overtaken by it (see {@link InDialogRelayIT#aReInviteRightAfterTheAckIsRelayed}).
     */
    Connected connect(String offer, String answer) {
        Connected call = connectWithoutWaiting(offer, answer);
        Await.until(Duration.ofSeconds(5), "alice's ACK taken by Parley",
                () -> Calls.from(server, alice).map(c -> c.getJsonArray("legs").getValuesAs(JsonObject.class).stream()
                        .anyMatch(l -> l.getString("role").equals("ORIGIN")
                                && l.getString("state").equals("CONFIRMED")))
                        .orElse(false));
        return call;
    }

    /** Like {@link #connect}, returning as soon as bob has the ACK. */
    Connected connectWithoutWaiting(String offer, String answer) {
        SipPhone.Dialog caller = alicePhone.invite(bob).body(offer).send();
        SipPhone.Dialog callee = bobPhone.awaitCall();
        callee.ring();
        caller.awaitResponse(180);
        callee.respond(200, answer);
        SipMessageText ok = caller.awaitFinal();
        assertEquals(200, ok.status(), ok::toString);
        caller.ack();
        callee.awaitRequest("ACK");
        return new Connected(caller, callee);
    }

    /**
     * Waits for the request {@code sent} by one side to reach the other side ({@code to}) as {@code method}; when it
     * does not, the failure says what the sender got back instead.
     */
    static SipMessageText relayed(SipPhone.Sent sent, SipPhone.Dialog to, String method) {
        try {
            return to.awaitRequest(method);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nthe sender got: "
                    + sent.poll(Duration.ZERO).map(Object::toString).orElse("no final answer"), e);
        }
    }

    /** Alice hangs up an answered call; bob gets the BYE and answers it. */
    static void hangUp(Connected call) {
        SipPhone.Dialog callee = call.callee();
        SipMessageText byeAnswer = call.caller().bye();
        assertEquals(200, byeAnswer.status(), byeAnswer::toString);
        SipMessageText bye = callee.awaitRequest("BYE");
        callee.respondTo(bye, 200, null, "");
    }

    /**
     * Closes both phones. A call of theirs still in progress (a test that failed half-way) is hung up through the API
     * first, so that it does not linger on the shared server.
     */
    @Override
    public void close() {
        try {
            for (JsonObject call : Calls.active(server)) {
                String caller = call.getJsonObject("caller").getString("number");
                String callee = call.getJsonObject("callee").getString("number");
                if (caller.equals(alice) || caller.equals(bob) || callee.equals(alice) || callee.equals(bob)) {
                    server.admin().delete("/api/calls/" + call.getString("id"));
                }
            }
        } finally {
            alicePhone.close();
            bobPhone.close();
        }
    }
}
