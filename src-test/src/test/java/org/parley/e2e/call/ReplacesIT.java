package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipMessageText;
import org.parley.test.support.SipPhone;

/**
 * An INVITE with Replaces (RFC 3891) naming a leg of a call in progress: the newcomer takes that leg's place. The
 * other party gets the newcomer's offer by re-INVITE, its answer comes back in the newcomer's 200, the replaced leg
 * gets BYE. One naming no dialog of Parley's gets 481.
 */
@ExtendWith(SharedParleyServer.class)
class ReplacesIT {

    @Test
    void anInviteWithReplacesTakesOverTheCalleesLeg(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (TwoPhones p = TwoPhones.register(server);
                SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            TwoPhones.Connected call = p.connect(BlindTransferIT.ALICE_SDP, BlindTransferIT.BOB_SDP);
            String replaces = call.callee().callId() + ";to-tag=" + call.callee().localTag() + ";from-tag="
                    + call.callee().remoteTag().orElseThrow();

            SipPhone.Dialog takeover = carolPhone.invite(p.bob).body(BlindTransferIT.CAROL_SDP)
                    .header("Replaces", replaces).send();
            SipMessageText reInvite = call.caller().awaitRequest("INVITE");
            assertEquals(BlindTransferIT.CAROL_SDP, reInvite.body(), "alice gets the newcomer's offer");
            call.caller().respondTo(reInvite, 200, "application/sdp", BlindTransferIT.ALICE_AGAIN);
            call.caller().awaitRequest("ACK");
            SipMessageText ok = takeover.awaitFinal();
            assertEquals(200, ok.status(), ok::toString);
            assertEquals(BlindTransferIT.ALICE_AGAIN, ok.body(), "the newcomer gets alice's answer");
            takeover.ack();
            call.callee().respondTo(call.callee().awaitRequest("BYE"), 200, null, "");

            assertEquals(200, takeover.bye().status());
            call.caller().respondTo(call.caller().awaitRequest("BYE"), 200, null, "");
            JsonObject record = CallRecords.awaitOne(server, p.alice);
            assertEquals(carol, record.getString("answeredBy"), record::toString);
            assertEquals("replaces", record.getJsonArray("hops").getJsonObject(0).getString("reason"));
        }
    }

    @Test
    void anInviteWithReplacesNamingNoDialogGets481(ParleyServer server) {
        String carol = Extensions.create(server, "carol-password");
        try (SipPhone carolPhone = SipPhone.registered(server, carol, "carol-password")) {
            SipPhone.Dialog takeover = carolPhone.invite(carol).body(BlindTransferIT.CAROL_SDP)
                    .header("Replaces", "no-such-call@somewhere;to-tag=1;from-tag=2").send();
            assertEquals(481, takeover.awaitFinal().status());
        }
    }
}
