package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.e2e.Extensions;
import org.parley.e2e.Forwardings;
import org.parley.test.support.Await;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.Ports;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippTrace;

/**
 * Where a blind transfer goes: the target extension's own forwarding applies as for a dialled call (an unconditional
 * forward rings only its target, a busy forward takes over when it is busy, an extra device rings alongside the desk
 * phone), the record shows the transfer then the forward; the target's INVITE carries Referred-By (RFC 3892): the
 * REFER's, or the transferor's address for the API. A queue's number takes the remaining party in as a waiting caller
 * (ENTERQUEUE, then CONNECT with the agent who answers, connected by re-INVITE); its maximum wait gives the call back
 * to the transferor, its fallback takes it; its agent codes are refused (NOTIFY 488, API 400 naming {@code target}).
 * A target whose forward (unconditional, unavailable, busy) leads to a queue hands the remaining party to that queue
 * the same way, the forward following the transfer in the record.
 */
@ExtendWith(SharedParleyServer.class)
class TransferTargetRoutingIT {

    @Test
    void aTargetForwardedUnconditionallyRingsItsForwardTarget(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        String dave = Extensions.create(server, "dave-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password");
                SipPhone davePhone = SipPhone.registered(server, dave, "dave-password")) {
            Forwardings.set(server, carol, Forwardings.rule("unconditional", dave, "ORIGINAL"));
            TwoPhones.Connected call = bobRefersAlice(p, carol, server);
            SipPhone.Dialog target = davePhone.awaitCall();
            ForwardedCalls.assertNotRung(carolPhone);
            assertEquals("<sip:transferor@" + server.domain() + ">",
                    target.invite().header("Referred-By").orElse("none"), "the REFER's Referred-By, passed on");
            target.respond(200, BlindTransferIT.CAROL_SDP);
            connectRemainingParty(call, target);

            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(dave, record.getString("answeredBy"), record::toString);
            assertEquals(List.of("TRANSFER " + p.bob + ">" + carol + " blind",
                    "FORWARD " + carol + ">" + dave + " unconditional"), ForwardedCalls.hops(record));
        }
    }

    @Test
    void aBusyTargetsBusyForwardTakesTheTransfer(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        String dave = Extensions.create(server, "dave-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password");
                SipPhone davePhone = SipPhone.registered(server, dave, "dave-password")) {
            Forwardings.set(server, carol, Forwardings.rule("busy", dave, "ORIGINAL"));
            TwoPhones.Connected call = bobRefersAlice(p, carol, server);

            carolPhone.awaitCall().respond(486);
            SipPhone.Dialog target = davePhone.awaitCall();
            assertEquals("", target.invite().body(), "the forward target is rung as the transfer's target");
            target.respond(200, BlindTransferIT.CAROL_SDP);
            connectRemainingParty(call, target);

            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(dave, record.getString("answeredBy"), record::toString);
            assertEquals(List.of("TRANSFER " + p.bob + ">" + carol + " blind", "FORWARD " + carol + ">" + dave
                    + " busy"), ForwardedCalls.hops(record));
        }
    }

    @Test
    void aTargetsExtraDeviceRingsAlongsideItsDeskPhone(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        String mobile = Trunks.freshNationalNumber();
        String mobileE164 = Trunks.e164(mobile);
        int carrierPort = Ports.freeTcpAndUdp();
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password");
                Trunks trunk = Trunks.create(server, carrierPort, "").routeOutbound(mobileE164.substring(0, 8))) {
            Forwardings.set(server, carol, "{\"extraDevices\":[{\"number\":\"" + mobile + "\"}]}");
            Sipp.Running carrier = Sipp.scenario("uas_ring_cancelled").localIp(Trunks.CARRIER_IP)
                    .localPort(carrierPort).traceMessages().timeout(Duration.ofSeconds(60)).start(server)
                    .listeningOn(carrierPort);
            TwoPhones.Connected call = bobRefersAlice(p, carol, server);
            SipPhone.Dialog desk = carolPhone.awaitCall();
            desk.ring();
            Calls.awaitRinging(server, p.alice, mobileE164);
            desk.respond(200, BlindTransferIT.CAROL_SDP);
            BlindTransferIT.notified(call.callee(), "active");
            connectRemainingParty(call, desk);

            Sipp.Result cancelled = carrier.await();
            assertTrue(cancelled.allSucceeded(), () -> "the outside phone rang and got CANCEL: " + cancelled);
            assertTrue(SippTrace.firstRequest(cancelled, "INVITE").header("Referred-By").isPresent(),
                    () -> "the carrier's INVITE says who referred: " + cancelled);
            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(carol, record.getString("answeredBy"), record::toString);
            assertEquals(List.of("TRANSFER " + p.bob + ">" + carol + " blind"), ForwardedCalls.hops(record),
                    "an extra device is not a forward");
        }
    }

    @Test
    void anApiTransferNamesTheTransferorExtensionInReferredBy(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            TwoPhones.Connected call = p.connect(BlindTransferIT.ALICE_SDP, BlindTransferIT.BOB_SDP);
            String id = Calls.from(server, p.alice).orElseThrow().getString("id");

            RestClient.Response r = TransferApiIT.transfer(server, id,
                    "{\"target\":\"" + carol + "\",\"mode\":\"blind\"}");
            assertEquals(202, r.status(), r::toString);

            SipPhone.Dialog target = carolPhone.awaitCall();
            String referredBy = target.invite().header("Referred-By").orElse("none");
            assertTrue(referredBy.contains("<sip:" + p.bob + "@" + server.domain() + ">"),
                    () -> "the extension handing the call on: " + referredBy);
            target.respond(486);
            Calls.awaitState(server, p.alice, "ANSWERED");
            TwoPhones.hangUp(call);
        }
    }

    @Test
    void aCallTransferredToAQueueIsConnectedWithAnAgent(ParleyServer server) {
        String agent = Extensions.create(server, "agent-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone agentPhone = SipPhone.registered(server, agent, "agent-password");
                Queue queue = Queue.create(server, "\"staticAgents\":[\"" + agent + "\"]")) {
            TwoPhones.Connected call = bobRefersAlice(p, queue.number, server);
            JsonObject enter = queue.awaitEvent("ENTERQUEUE");
            assertEquals(p.alice, enter.getString("caller"), "the remaining party waits in the queue");

            SipPhone.Dialog rung = agentPhone.awaitCall();
            assertEquals("", rung.invite().body(), "the agent is rung without an offer");
            assertTrue(rung.invite().header("From").orElseThrow().contains(p.alice), () -> rung.invite().toString());
            assertTrue(rung.invite().header("Referred-By").isPresent(), () -> rung.invite().toString());
            rung.ring();
            assertEquals("SIP/2.0 180 Ringing", BlindTransferIT.notified(call.callee(), "active"));
            rung.respond(200, BlindTransferIT.CAROL_SDP);
            connectRemainingParty(call, rung);

            JsonObject connect = queue.awaitEvent("CONNECT");
            assertEquals(agent, connect.getString("agent"));
            assertEquals(enter.getString("callId"), connect.getString("callId"));
            queue.awaitEvent("COMPLETECALLER");
            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(agent, record.getString("answeredBy"), record::toString);
            assertEquals(List.of("TRANSFER " + p.bob + ">" + queue.number + " blind"), ForwardedCalls.hops(record));
        }
    }

    @Test
    void aTransferredCallerHangingUpInTheQueueAbandonsIt(ParleyServer server) {
        String agent = Extensions.create(server, "agent-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone agentPhone = SipPhone.registered(server, agent, "agent-password");
                Queue queue = Queue.create(server, "\"staticAgents\":[\"" + agent + "\"]")) {
            TwoPhones.Connected call = bobRefersAlice(p, queue.number, server);
            SipPhone.Dialog rung = agentPhone.awaitCall();
            rung.ring();
            assertEquals("SIP/2.0 180 Ringing", BlindTransferIT.notified(call.callee(), "active"));

            assertEquals(200, call.caller().bye().status());
            SipMessageText cancel = rung.awaitRequest("CANCEL");
            rung.respondTo(cancel, 200, null, "");
            rung.respond(487);
            assertEquals("SIP/2.0 487 Request Terminated", BlindTransferIT.notified(call.callee(), "terminated"));
            call.callee().respondTo(call.callee().awaitRequest("BYE"), 200, null, "");

            assertEquals(queue.awaitEvent("ENTERQUEUE").getString("callId"),
                    queue.awaitEvent("ABANDON").getString("callId"));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void aQueuesMaximumWaitReturnsTheCallToTheTransferor(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server); Queue queue = Queue.create(server, "\"maxWaitSeconds\":1")) {
            TwoPhones.Connected call = bobRefersAlice(p, queue.number, server);
            assertEquals("SIP/2.0 480 Temporarily Unavailable", BlindTransferIT.notified(call.callee(), "terminated"));
            queue.awaitEvent("EXITWITHTIMEOUT");
            Calls.awaitState(server, p.alice, "ANSWERED");

            TwoPhones.hangUp(call);
            assertEquals(0, CallRecords.awaitOne(server, p.alice).getJsonArray("hops").size());
        }
    }

    @Test
    void aQueuesFallbackTakesTheTransferredCallAfterTheMaximumWait(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password");
                Queue queue = Queue.create(server, "\"maxWaitSeconds\":1,\"fallback\":\"" + carol + "\"")) {
            TwoPhones.Connected call = bobRefersAlice(p, queue.number, server);
            SipPhone.Dialog fallback = carolPhone.awaitCall(Duration.ofSeconds(8));
            assertEquals("", fallback.invite().body(), "rung without an offer, as a transfer's target");
            queue.awaitEvent("EXITWITHTIMEOUT");
            fallback.respond(200, BlindTransferIT.CAROL_SDP);
            connectRemainingParty(call, fallback);

            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(carol, record.getString("answeredBy"), record::toString);
        }
    }

    @ParameterizedTest(name = "carol's {0} forward leads to the queue")
    @ValueSource(strings = {"unconditional", "busy"})
    void aTargetWhoseForwardLeadsToAQueueHandsTheRemainingPartyToTheQueue(String rule, ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        String agent = Extensions.create(server, "agent-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password");
                SipPhone agentPhone = SipPhone.registered(server, agent, "agent-password");
                Queue queue = Queue.create(server, "\"staticAgents\":[\"" + agent + "\"]")) {
            Forwardings.set(server, carol, Forwardings.rule(rule, queue.number, "ORIGINAL"));
            TwoPhones.Connected call = bobRefersAlice(p, carol, server);
            if (rule.equals("busy")) {
                carolPhone.awaitCall().respond(486);
            }

            assertConnectedThroughTheQueue(server, p, call, queue, agentPhone, agent);
            if (rule.equals("unconditional")) {
                ForwardedCalls.assertNotRung(carolPhone);
            }
            assertEquals(List.of("TRANSFER " + p.bob + ">" + carol + " blind", "FORWARD " + carol + ">" + queue.number
                    + " " + rule), ForwardedCalls.hops(CallRecords.awaitOne(server, p.alice)));
        }
    }

    @Test
    void anApiTransferToATargetForwardedIntoAQueueWaitsThere(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        String agent = Extensions.create(server, "agent-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone agentPhone = SipPhone.registered(server, agent, "agent-password");
                Queue queue = Queue.create(server, "\"staticAgents\":[\"" + agent + "\"]")) {
            // carol has no registered phone: her unavailable forward sends the transfer into the queue
            Forwardings.set(server, carol, Forwardings.rule("unavailable", queue.number, "ORIGINAL"));
            TwoPhones.Connected call = p.connect(BlindTransferIT.ALICE_SDP, BlindTransferIT.BOB_SDP);
            String id = Calls.from(server, p.alice).orElseThrow().getString("id");

            RestClient.Response r = TransferApiIT.transfer(server, id,
                    "{\"target\":\"" + carol + "\",\"mode\":\"blind\"}");
            assertEquals(202, r.status(), r::toString);
            assertEquals(p.alice, queue.awaitEvent("ENTERQUEUE").getString("caller"));
            SipPhone.Dialog rung = agentPhone.awaitCall();
            assertEquals("", rung.invite().body(), "the agent is rung without an offer");
            rung.respond(200, BlindTransferIT.CAROL_SDP);
            SipMessageText reInvite = call.caller().awaitRequest("INVITE");
            assertEquals(BlindTransferIT.CAROL_SDP, reInvite.body(), "the caller gets the agent's session");
            call.caller().respondTo(reInvite, 200, "application/sdp", BlindTransferIT.ALICE_AGAIN);
            call.caller().awaitRequest("ACK");
            assertEquals(BlindTransferIT.ALICE_AGAIN, rung.awaitRequest("ACK").body());
            call.callee().respondTo(call.callee().awaitRequest("BYE"), 200, null, "");
            assertEquals(200, call.caller().bye().status());
            rung.respondTo(rung.awaitRequest("BYE"), 200, null, "");

            assertEquals(agent, queue.awaitEvent("CONNECT").getString("agent"));
            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(agent, record.getString("answeredBy"), record::toString);
            assertEquals(List.of("TRANSFER " + p.bob + ">" + carol + " api", "FORWARD " + carol + ">" + queue.number
                    + " unavailable"), ForwardedCalls.hops(record));
        }
    }

    /**
     * The remaining party of Bob's transfer waits in the queue (ENTERQUEUE), its agent is rung as the transfer's
     * target and answers (CONNECT); Alice hangs up at the end (COMPLETECALLER); the record names the agent.
     */
    private static void assertConnectedThroughTheQueue(ParleyServer server, TwoPhones p, TwoPhones.Connected call,
            Queue queue, SipPhone agentPhone, String agent) {
        JsonObject enter = queue.awaitEvent("ENTERQUEUE");
        assertEquals(p.alice, enter.getString("caller"), "the remaining party waits in the queue");
        SipPhone.Dialog rung = agentPhone.awaitCall();
        assertEquals("", rung.invite().body(), "the agent is rung without an offer");
        assertTrue(rung.invite().header("Referred-By").isPresent(), () -> rung.invite().toString());
        rung.respond(200, BlindTransferIT.CAROL_SDP);
        connectRemainingParty(call, rung);

        assertEquals(agent, queue.awaitEvent("CONNECT").getString("agent"));
        assertEquals(enter.getString("callId"), queue.awaitEvent("COMPLETECALLER").getString("callId"));
        assertEquals(agent, CallRecords.awaitOne(server, p.alice).getString("answeredBy"));
    }

    @Test
    void aQueuesAgentCodeIsRefusedAsATarget(ParleyServer server) {
        String code = "*9" + Extensions.freshNumber();
        try (TwoPhones p = TwoPhones.register(server);
                Queue queue = Queue.create(server, "\"connectionNumber\":\"" + code + "\"")) {
            TwoPhones.Connected call = bobRefersAlice(p, code, server);
            assertEquals("SIP/2.0 488 Not Acceptable Here", BlindTransferIT.notified(call.callee(), "terminated"));

            String id = Calls.awaitState(server, p.alice, "ANSWERED").getString("id");
            TransferApiIT.assertField(TransferApiIT.transfer(server, id, "{\"target\":\"" + code
                    + "\",\"mode\":\"blind\"}"), "target");
            TwoPhones.hangUp(call);
            assertEquals(0, CallRecords.awaitOne(server, p.alice).getJsonArray("hops").size());
        }
    }

    /** A queue made through {@code POST /api/queues}, deleted at the end. */
    private static final class Queue implements AutoCloseable {
        private final ParleyServer server;
        private final long id;
        final String number;

        private Queue(ParleyServer server, long id, String number) {
            this.server = server;
            this.id = id;
            this.number = number;
        }

        /** A queue with its settings plus {@code json} (fields, comma-separated). */
        static Queue create(ParleyServer server, String json) {
            String number = Extensions.freshNumber();
            RestClient.Response r = server.admin().post("/api/queues", "{\"name\":\"Transfers " + number
                    + "\",\"extension\":\"" + number + "\"," + json + "}");
            assertEquals(201, r.status(), r::toString);
            return new Queue(server, r.json().getJsonNumber("id").longValue(), number);
        }

        /** The first event of {@code type} in the queue's log, awaited. */
        JsonObject awaitEvent(String type) {
            return Await.value(Duration.ofSeconds(10), type + " in the log of queue " + number, () -> server.admin()
                    .get("/api/queues/" + id + "/events?type=" + type).json().getJsonArray("items")
                    .getValuesAs(JsonObject.class), list -> !list.isEmpty()).get(0);
        }

        @Override
        public void close() {
            server.admin().delete("/api/queues/" + id);
        }
    }

    /** Alice called Bob, who answered; Bob asks to transfer her to {@code target}: 202, NOTIFY 100 Trying. */
    private static TwoPhones.Connected bobRefersAlice(TwoPhones p, String target, ParleyServer server) {
        TwoPhones.Connected call = p.connect(BlindTransferIT.ALICE_SDP, BlindTransferIT.BOB_SDP);
        assertEquals(202, BlindTransferIT.refer(call.callee(), target, server).awaitFinal().status());
        assertEquals("SIP/2.0 100 Trying", BlindTransferIT.notified(call.callee(), "active"));
        return call;
    }

    /**
     * The target answered: the caller (the remaining party) gets its session by re-INVITE, the transferor is told and
     * hung up, then the caller hangs up.
     */
    private static void connectRemainingParty(TwoPhones.Connected call, SipPhone.Dialog target) {
        SipMessageText reInvite = call.caller().awaitRequest("INVITE");
        assertEquals(BlindTransferIT.CAROL_SDP, reInvite.body(), "the caller gets the target's session");
        call.caller().respondTo(reInvite, 200, "application/sdp", BlindTransferIT.ALICE_AGAIN);
        call.caller().awaitRequest("ACK");
        assertEquals(BlindTransferIT.ALICE_AGAIN, target.awaitRequest("ACK").body());
        assertEquals("SIP/2.0 200 OK", BlindTransferIT.notified(call.callee(), "terminated"));
        call.callee().respondTo(call.callee().awaitRequest("BYE"), 200, null, "");
        assertEquals(200, call.caller().bye().status());
        target.respondTo(target.awaitRequest("BYE"), 200, null, "");
    }
}
