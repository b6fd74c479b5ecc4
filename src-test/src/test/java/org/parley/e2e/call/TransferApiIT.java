package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.RestClient;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * {@code POST /api/calls/{id}/transfer}: Parley moves the outside party itself (a new leg to the target, a re-INVITE
 * to the party), without REFER or NOTIFY to any phone; the other party is hung up once the target answers. Bad
 * bodies are problem+json 400 naming the field, an unknown call 404, a call not answered 409.
 */
@ExtendWith(SharedParleyServer.class)
class TransferApiIT {

    @Test
    void theApiHandsTheCallerToAnotherExtension(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            TwoPhones.Connected call = p.connect(BlindTransferIT.ALICE_SDP, BlindTransferIT.BOB_SDP);
            String id = Calls.from(server, p.alice).orElseThrow().getString("id");

            RestClient.Response r = transfer(server, id, "{\"target\":\"" + carol + "\",\"mode\":\"blind\"}");
            assertEquals(202, r.status(), r::toString);
            assertEquals("TRANSFERRING", r.json().getString("state"));

            SipPhone.Dialog target = carolPhone.awaitCall();
            target.ring();
            target.respond(200, BlindTransferIT.CAROL_SDP);
            SipMessageText reInvite = call.caller().awaitRequest("INVITE");
            assertEquals(BlindTransferIT.CAROL_SDP, reInvite.body());
            call.caller().respondTo(reInvite, 200, "application/sdp", BlindTransferIT.ALICE_AGAIN);
            call.caller().awaitRequest("ACK");
            assertEquals(BlindTransferIT.ALICE_AGAIN, target.awaitRequest("ACK").body());
            call.callee().respondTo(call.callee().awaitRequest("BYE"), 200, null, "");
            assertTrue(p.bobPhone.received().stream().noneMatch(m -> m.firstLine().startsWith("NOTIFY ")),
                    "no NOTIFY: bob asked nothing");

            assertEquals(200, call.caller().bye().status());
            target.respondTo(target.awaitRequest("BYE"), 200, null, "");
            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(carol, record.getString("answeredBy"));
            assertEquals("api", record.getJsonArray("hops").getJsonObject(0).getString("reason"));
        }
    }

    @Test
    void aTargetThatDoesNotAnswerGivesTheCallBack(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        Calls.setRingSeconds(server, carol, 5);
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            TwoPhones.Connected call = p.connect(BlindTransferIT.ALICE_SDP, BlindTransferIT.BOB_SDP);
            String id = Calls.from(server, p.alice).orElseThrow().getString("id");

            assertEquals(202, transfer(server, id, "{\"target\":\"" + carol + "\",\"mode\":\"blind\"}").status());
            SipPhone.Dialog target = carolPhone.awaitCall();
            target.ring();
            SipMessageText cancel = carolPhone.await("CANCEL", Duration.ofSeconds(10),
                    m -> m.firstLine().startsWith("CANCEL "));
            target.respondTo(cancel, 200, null, "");
            target.respond(487);

            Calls.awaitState(server, p.alice, "ANSWERED");
            TwoPhones.hangUp(call);
            assertEquals(p.bob, CallRecords.awaitOne(server, p.alice).getString("answeredBy"));
        }
    }

    @Test
    void badRequestsAreRefused(ParleyServer server) {
        try (TwoPhones p = TwoPhones.register(server)) {
            assertEquals(404, transfer(server, "no-such-call", "{\"target\":\"" + p.bob + "\",\"mode\":\"blind\"}")
                    .status());

            SipPhone.Dialog caller = p.alicePhone.invite(p.bob).body(BlindTransferIT.ALICE_SDP).send();
            SipPhone.Dialog callee = p.bobPhone.awaitCall();
            callee.ring();
            caller.awaitResponse(180);
            String id = Calls.from(server, p.alice).orElseThrow().getString("id");

            assertEquals(409, transfer(server, id, "{\"target\":\"" + p.bob + "\",\"mode\":\"blind\"}").status(),
                    "not answered yet");
            assertField(transfer(server, id, "{\"mode\":\"blind\"}"), "target");
            assertField(transfer(server, id, "{\"target\":\"" + p.bob + "\",\"mode\":\"sideways\"}"), "mode");
            assertEquals(409, transfer(server, id, "{\"target\":\"" + p.bob + "\",\"mode\":\"attended\"}")
                    .status(), "attended, not answered yet");

            callee.respond(200, BlindTransferIT.BOB_SDP);
            caller.awaitFinal();
            caller.ack();
            callee.awaitRequest("ACK");
            Calls.awaitState(server, p.alice, "ANSWERED");
            assertField(transfer(server, id, "{\"target\":\"" + Extensions.freshNumber() + "\",\"mode\":\"blind\"}"),
                    "target");

            TwoPhones.hangUp(new TwoPhones.Connected(caller, callee));
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheTransfer(ParleyServer server) {
        RestClient.Response doc = server.anonymous().get("/openapi", "application/json");

        assertEquals(200, doc.status());
        JsonObject post = doc.json().getJsonObject("paths").getJsonObject("/api/calls/{id}/transfer")
                .getJsonObject("post");
        for (String status : new String[] {"202", "400", "404", "409"}) {
            assertTrue(post.getJsonObject("responses").containsKey(status), () -> status + " in " + post);
        }
        JsonObject complete = doc.json().getJsonObject("paths").getJsonObject("/api/calls/{id}/transfer/complete")
                .getJsonObject("post");
        JsonObject cancel = doc.json().getJsonObject("paths").getJsonObject("/api/calls/{id}/transfer")
                .getJsonObject("delete");
        for (String status : new String[] {"404", "409"}) {
            assertTrue(complete.getJsonObject("responses").containsKey(status), () -> status + " in " + complete);
            assertTrue(cancel.getJsonObject("responses").containsKey(status), () -> status + " in " + cancel);
        }
        assertTrue(complete.getJsonObject("responses").containsKey("202"), complete::toString);
        assertTrue(cancel.getJsonObject("responses").containsKey("204"), cancel::toString);
    }

    static RestClient.Response transfer(ParleyServer server, String callId, String json) {
        return server.admin().post("/api/calls/" + callId + "/transfer", json);
    }

    static void assertField(RestClient.Response r, String field) {
        assertEquals(400, r.status(), r::toString);
        assertEquals("application/problem+json", r.contentType().split(";")[0], r::toString);
        assertEquals(field, r.json().getJsonArray("errors").getJsonObject(0).getString("field"), r::toString);
    }
}
