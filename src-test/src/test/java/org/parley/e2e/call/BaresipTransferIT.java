package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.Await;
import org.parley.test.support.Baresip;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;

/**
 * Blind transfer between real phones (baresip 1.0.0, headless): alice calls bob, bob answers and types
 * {@code transfer sip:carol@…}; baresip sends REFER, Parley rings carol without an offer, gives alice carol's session
 * by re-INVITE and tells bob the outcome by NOTIFY (message/sipfrag). What each phone's user sees is asserted: carol's
 * phone rings and talks with alice (media both ways), bob's call closes, and the call and its record name carol as
 * who answered with the transfer as a hop. A failed transfer (carol's phone rejects the call, or carol has no phone registered) is reported to bob's phone,
 * which then hangs up by itself (baresip 1.0's behaviour, see {@code docs/testing.md}).
 *
 * <p>On the shared test server, with the default digest challenge (MD5), as {@link BaresipCallIT} explains.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedParleyServer.class)
class BaresipTransferIT {

    /** RTCP reports come every few seconds; two in a row prove a flow that lasts. */
    private static final Duration RTCP_WAIT = Duration.ofSeconds(20);

    private ParleyServer server;

    @BeforeAll
    void useSharedServer(ParleyServer shared) {
        server = shared;
    }

    @Test
    void theCalleeHandsTheCallOnToAThirdPhone() {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        String carol = Extensions.create(server, "carol-password");
        try (Baresip alicePhone = Baresip.start("alice"); Baresip bobPhone = Baresip.start("bob");
                Baresip carolPhone = Baresip.start("carol")) {
            alicePhone.register(server, alice, "alice-password", "manual");
            bobPhone.register(server, bob, "bob-password", "manual");
            carolPhone.register(server, carol, "carol-password", "manual");
            talk(alicePhone, bob, bobPhone);

            bobPhone.command("transfer", uri(carol));
            Baresip.Event ringing = carolPhone.await("CALL_INCOMING");
            assertTrue(ringing.peerUri().contains(alice), () -> "carol sees alice calling: " + ringing.json());
            carolPhone.command("accept", "");
            carolPhone.await("CALL_ESTABLISHED");
            assertEquals("Call transfered", bobPhone.await("CALL_CLOSED").param(),
                    "bob's phone closes its call on the NOTIFY 200");
            alicePhone.await("the new session from carol (re-INVITE)", Baresip.WAIT,
                    e -> e.type().equals("CALL_REMOTE_SDP"));

            carolPhone.await("CALL_RTPESTAB");
            awaitRtcp(carolPhone, "carol hears alice");
            int aliceReportsBefore = rtcpCount(alicePhone);
            Await.until(RTCP_WAIT, "alice still getting RTCP after bob left (from carol)",
                    () -> rtcpCount(alicePhone) >= aliceReportsBefore + 2);
            assertEquals(Optional.empty(), alicePhone.seen("CALL_CLOSED"), "alice's call never closed");

            JsonObject call = Await.value(Duration.ofSeconds(10), "the call shown answered by carol",
                    () -> Calls.from(server, alice),
                    c -> c.isPresent() && c.get().getString("state").equals("ANSWERED")
                            && c.get().getJsonObject("answeredBy") != null
                            && carol.equals(c.get().getJsonObject("answeredBy").getJsonObject("party")
                                    .getString("number"))).orElseThrow();
            assertEquals(bob, call.getJsonObject("callee").getString("number"), call::toString);
            assertTrue(call.getJsonObject("answeredBy").getString("device")
                    .contains("127.0.0.1:" + carolPhone.sipPort()), call::toString);
            assertEquals(List.of("TRANSFER " + bob + ">" + carol + " blind"), liveHops(call), call::toString);

            carolPhone.command("hangup", "");
            alicePhone.await("CALL_CLOSED");
            carolPhone.await("CALL_CLOSED");

            JsonObject cdr = CallRecords.awaitOne(server, alice);
            assertEquals("ANSWERED", cdr.getString("disposition"), cdr::toString);
            assertEquals(bob, cdr.getString("calleeNumber"));
            assertEquals(carol, cdr.getString("answeredBy"), cdr::toString);
            assertTrue(cdr.getString("answeredDevice").contains("127.0.0.1:" + carolPhone.sipPort()),
                    cdr::toString);
            assertEquals(carol, cdr.getString("endedBy"), cdr::toString);
            assertEquals(List.of("TRANSFER " + bob + ">" + carol + " blind"), ForwardedCalls.hops(cdr));
            CallRecords.awaitNoActiveCallOf(server, alice, bob, carol);
        }
    }

    /**
     * Carol's phone rejects the transferred call (baresip answers {@code 486 Rejected}): Parley gives bob his call
     * back and NOTIFYs {@code SIP/2.0 486 Busy Here}. Baresip 1.0 reports {@code TRANSFER_FAILED} and then hangs its
     * call up by itself (seen with 486 and 480 alike), so the call Parley kept up ends with bob's BYE: alice's phone
     * closes too, and the record shows bob as who answered and who hung up, with no hop.
     */
    @Test
    void aTargetThatRejectsIsReportedToTheTransferor() {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        String carol = Extensions.create(server, "carol-password");
        try (Baresip alicePhone = Baresip.start("alice"); Baresip bobPhone = Baresip.start("bob");
                Baresip carolPhone = Baresip.start("carol")) {
            alicePhone.register(server, alice, "alice-password", "manual");
            bobPhone.register(server, bob, "bob-password", "manual");
            carolPhone.register(server, carol, "carol-password", "manual");
            talk(alicePhone, bob, bobPhone);

            assertTrue(bobPhone.command("listcalls", "").contains(alice), "bob's phone lists the call");
            bobPhone.command("transfer", uri(carol));
            carolPhone.await("CALL_INCOMING");
            carolPhone.command("hangup", "");
            assertEquals("486 Busy Here", bobPhone.await("TRANSFER_FAILED").param());
            assertFailedTransferHungUpByTransferor(alice, alicePhone, bob, bobPhone);
        }
    }

    /** The target is an extension with no phone registered: {@code 480}, reported and handled as above. */
    @Test
    void anUnregisteredTargetIsReportedToTheTransferor() {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        String nobody = Extensions.create(server, "nobody-password");
        try (Baresip alicePhone = Baresip.start("alice"); Baresip bobPhone = Baresip.start("bob")) {
            alicePhone.register(server, alice, "alice-password", "manual");
            bobPhone.register(server, bob, "bob-password", "manual");
            talk(alicePhone, bob, bobPhone);

            bobPhone.command("transfer", uri(nobody));
            assertEquals("480 Temporarily Unavailable", bobPhone.await("TRANSFER_FAILED").param());
            assertFailedTransferHungUpByTransferor(alice, alicePhone, bob, bobPhone);
        }
    }

    /**
     * After a failed transfer baresip 1.0 drops the transferor's call (BYE, but no {@code CALL_CLOSED} event: the
     * call just leaves its list); Parley had bridged bob back with alice, so his BYE ends alice's call as any hang-up
     * would: one record, answered and ended by bob, no transfer hop.
     */
    private void assertFailedTransferHungUpByTransferor(String alice, Baresip alicePhone, String bob,
            Baresip bobPhone) {
        alicePhone.await("CALL_CLOSED");
        Await.until(Duration.ofSeconds(5), "bob's phone without a call",
                () -> !bobPhone.command("listcalls", "").contains(alice));
        JsonObject cdr = CallRecords.awaitOne(server, alice);
        assertEquals("ANSWERED", cdr.getString("disposition"), cdr::toString);
        assertEquals(bob, cdr.getString("answeredBy"), cdr::toString);
        assertEquals(bob, cdr.getString("endedBy"), "bob's phone hung up: " + cdr);
        assertEquals(List.of(), ForwardedCalls.hops(cdr), "a failed transfer is no hop");
        CallRecords.awaitNoActiveCallOf(server, alice, bob);
    }

    /** Alice's phone dials bob, bob's phone answers; both establish RTP. */
    private void talk(Baresip alicePhone, String bob, Baresip bobPhone) {
        alicePhone.command("dial", uri(bob));
        bobPhone.await("CALL_INCOMING");
        bobPhone.command("accept", "");
        alicePhone.await("CALL_ESTABLISHED");
        bobPhone.await("CALL_ESTABLISHED");
        alicePhone.await("CALL_RTPESTAB");
        bobPhone.await("CALL_RTPESTAB");
    }

    private String uri(String extension) {
        return "sip:" + extension + "@" + server.sipHost() + ":" + server.sipPort();
    }

    /** The hops of a call in progress (parties as objects there) as {@code TYPE from>to reason}. */
    private static List<String> liveHops(JsonObject call) {
        return call.getJsonArray("hops").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("type") + " " + h.getJsonObject("from").getString("number") + ">"
                        + h.getJsonObject("to").getString("number") + " " + h.getString("reason"))
                .toList();
    }

    private static void awaitRtcp(Baresip phone, String what) {
        phone.await(what + " (RTCP)", RTCP_WAIT, e -> e.type().equals("CALL_RTCP"));
    }

    private static int rtcpCount(Baresip phone) {
        return (int) phone.events().stream().filter(e -> e.type().equals("CALL_RTCP")).count();
    }
}
