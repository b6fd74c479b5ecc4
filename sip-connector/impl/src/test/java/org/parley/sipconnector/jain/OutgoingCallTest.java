package org.parley.sipconnector.jain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.sipconnector.EndCause;
import org.parley.sipconnector.LegEvent;
import org.parley.sipconnector.OutboundInvite;
import org.parley.sipconnector.SipAuth;
import org.parley.sipconnector.SipBody;
import org.parley.sipconnector.SipConnection;
import org.parley.sipconnector.SipSendException;
import org.parley.sipconnector.SipTarget;

/** Parley calls out: the outgoing leg rings, is answered, fails, times out, is cancelled, authenticates. */
class OutgoingCallTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String OFFER = Sdp.of("parley", 5000);
    private static final String ANSWER = Sdp.of("bob", 6000);

    private ConnectorFixture connector;
    private TestPhone bob;
    private SipConnection connection;

    /** Each test has a connector of its own: whatever one test leaves behind cannot fail the next. */
    @BeforeEach
    void start() throws Exception {
        connector = ConnectorFixture.startFast((request, connection) -> { });
        bob = connector.phone("bob");
        connection = connector.connections.getConnection();
    }

    @AfterEach
    void stop() {
        try {
            connector.awaitNothingHeld(WAIT);
        } finally {
            connection.close();
            bob.close();
            connector.close();
        }
    }

    private OutboundInvite.Builder toBob() {
        return OutboundInvite.to(bob.uri()).from("\"Parley\" <sip:2001@127.0.0.1>").body(SipBody.sdp(OFFER));
    }

    private List<LegEvent> events(String leg) {
        return connector.endpoint.legEvents().matching(e -> e.legId().equals(leg));
    }

    private LegEvent await(String leg, Class<? extends LegEvent> type) throws InterruptedException {
        return connector.endpoint.legEvents().await(e -> e.legId().equals(leg) && type.isInstance(e), WAIT);
    }

    @Test
    void aRingingThenAnsweredCallIsAcknowledgedAtOnceWhenTheInviteCarriedTheOffer() throws Exception {
        String leg = connection.invite(OutboundInvite.to("sip:bob@bob.invalid")
                .from("\"Parley\" <sip:2001@127.0.0.1>")
                .target(new SipTarget("udp", "127.0.0.1", bob.port()))
                .maxForwards(69)
                .header("P-Asserted-Identity", "<sip:2001@127.0.0.1>")
                .body(SipBody.sdp(OFFER))
                .build());

        SipText invite = bob.request("INVITE", WAIT);
        assertEquals("sip:bob@bob.invalid", invite.requestUri(), "sent to the target, not the URI's host");
        assertEquals("69", invite.need("Max-Forwards"));
        assertEquals("<sip:2001@127.0.0.1>", invite.need("P-Asserted-Identity"));
        assertEquals(OFFER, invite.body());
        assertEquals("application/sdp", invite.need("Content-Type"));
        assertFalse(invite.fromTag().isEmpty());
        assertTrue(invite.need("Via").contains(";rport"), invite.need("Via"));
        assertTrue(invite.contactUri().orElseThrow().contains("127.0.0.1:" + connector.port));
        bob.respond(invite, 180, "Ringing", null);
        // the stack's threads may take two datagrams in either order: the 200 goes once the 180 was handled
        await(leg, LegEvent.Progress.class);
        bob.respond(invite, 200, "OK", ANSWER);

        SipText ack = bob.request("ACK", WAIT);
        assertEquals(invite.cseq(), ack.cseq());
        assertEquals(bob.uri(), ack.requestUri(), "the ACK goes to the 2xx's Contact");
        assertEquals(bob.tagFor(invite.callId()), ack.toTag());
        assertEquals("", ack.body());
        await(leg, LegEvent.Answered.class);
        List<LegEvent> events = events(leg);
        assertEquals(2, events.size());
        LegEvent.Progress ringing = assertInstanceOf(LegEvent.Progress.class, events.get(0));
        assertEquals(180, ringing.statusCode());
        LegEvent.Answered answered = assertInstanceOf(LegEvent.Answered.class, events.get(1));
        assertEquals(SipBody.sdp(ANSWER), answered.body());

        connection.hangup(leg);
        SipText bye = bob.request("BYE", WAIT);
        assertEquals(invite.callId(), bye.callId());
        assertTrue(bye.cseq() > invite.cseq());
        bob.respond(bye, 200, "OK", null);
        assertEquals(new LegEvent.Ended(leg, EndCause.LOCAL_HANGUP), await(leg, LegEvent.Ended.class));
    }

    @Test
    void aBusyCalleeFailsTheLeg() throws Exception {
        String leg = connection.invite(toBob().build());
        SipText invite = bob.request("INVITE", WAIT);
        bob.respond(invite, 486, "Busy Here", null);

        LegEvent.Failed failed = (LegEvent.Failed) await(leg, LegEvent.Failed.class);
        assertEquals(486, failed.statusCode());
        assertEquals("Busy Here", failed.reasonPhrase());
        assertEquals(invite.cseq(), bob.request("ACK", WAIT).cseq(), "the stack acknowledges the 486");
    }

    @Test
    void aCalleeThatNeverAnswersFailsTheLegWith408AfterTimerB() throws Exception {
        String leg = connection.invite(toBob().build());
        bob.request("INVITE", WAIT);

        LegEvent.Failed failed = (LegEvent.Failed) await(leg, LegEvent.Failed.class);
        assertEquals(408, failed.statusCode());
    }

    @Test
    void aLegIdParleyChoseNamesTheLegAndCannotBeUsedTwice() throws Exception {
        String leg = connection.invite(toBob().legId("call-7/bob").build());
        assertEquals("call-7/bob", leg);
        assertThrows(SipSendException.class, () -> connection.invite(toBob().legId("call-7/bob").build()),
                "an id in use is refused");
        SipText invite = bob.request("INVITE", WAIT);
        bob.respond(invite, 486, "Busy Here", null);
        assertEquals(486, ((LegEvent.Failed) await("call-7/bob", LegEvent.Failed.class)).statusCode());
        assertFalse(bob.receives(m -> m.isRequest() && m.method().equals("INVITE"), Duration.ofMillis(100)),
                "the refused INVITE was never sent");
    }

    @Test
    void anUnroutableRequestUriIsRefused() {
        assertThrows(SipSendException.class, () -> connection.invite(OutboundInvite.to("not a uri").from("<sip:a@b>")
                .build()));
    }

    @Test
    void cancellingARingingCallSendsCancelAndTheInvitesEndIs487() throws Exception {
        String leg = connection.invite(toBob().build());
        SipText invite = bob.request("INVITE", WAIT);
        bob.respond(invite, 180, "Ringing", null);
        await(leg, LegEvent.Progress.class);

        connection.cancel(leg);
        SipText cancel = bob.request("CANCEL", WAIT);
        assertEquals(invite.branch(), cancel.branch(), "a CANCEL matches its INVITE by branch (RFC 3261 §9.1)");
        bob.respond(cancel, 200, "OK", null);
        bob.respond(invite, 487, "Request Terminated", null);

        assertEquals(487, ((LegEvent.Failed) await(leg, LegEvent.Failed.class)).statusCode());
        bob.request("ACK", WAIT);
    }

    @Test
    void aCancelBeforeAnyProvisionalWaitsForTheFirstOne() throws Exception {
        String leg = connection.invite(toBob().build());
        SipText invite = bob.request("INVITE", WAIT);
        connection.cancel(leg);
        assertFalse(bob.receives(m -> m.isRequest() && m.method().equals("CANCEL"), Duration.ofMillis(200)),
                "no CANCEL before a provisional (RFC 3261 §9.1)");

        bob.respond(invite, 180, "Ringing", null);
        bob.respond(bob.request("CANCEL", WAIT), 200, "OK", null);
        bob.respond(invite, 487, "Request Terminated", null);
        assertEquals(487, ((LegEvent.Failed) await(leg, LegEvent.Failed.class)).statusCode());
        assertTrue(events(leg).stream().noneMatch(e -> e instanceof LegEvent.Progress),
                "no progress reported once Parley cancelled");
    }

    @Test
    void a2xxCrossingTheCancelIsAcknowledgedAndHungUp() throws Exception {
        String leg = connection.invite(toBob().build());
        SipText invite = bob.request("INVITE", WAIT);
        bob.respond(invite, 180, "Ringing", null);
        await(leg, LegEvent.Progress.class);

        connection.cancel(leg);
        SipText cancel = bob.request("CANCEL", WAIT);
        bob.respond(invite, 200, "OK", ANSWER);
        bob.respond(cancel, 200, "OK", null);

        assertEquals(invite.cseq(), bob.request("ACK", WAIT).cseq());
        SipText bye = bob.request("BYE", WAIT);
        bob.respond(bye, 200, "OK", null);
        assertEquals(new LegEvent.Ended(leg, EndCause.LOCAL_HANGUP), await(leg, LegEvent.Ended.class));
        assertTrue(events(leg).stream().noneMatch(e -> e instanceof LegEvent.Answered), "not reported answered");
    }

    @Test
    void aLateOfferIsAnsweredInTheAckParleySends() throws Exception {
        String leg = connection.invite(toBob().body(SipBody.empty()).build());
        SipText invite = bob.request("INVITE", WAIT);
        assertEquals("", invite.body());
        bob.respond(invite, 200, "OK", ANSWER);
        LegEvent.Answered answered = (LegEvent.Answered) await(leg, LegEvent.Answered.class);
        assertEquals(SipBody.sdp(ANSWER), answered.body(), "the callee's offer");
        assertFalse(bob.receives(m -> m.method().equals("ACK"), Duration.ofMillis(200)), "no ACK before Parley's");

        connection.acknowledge(leg, SipBody.sdp(OFFER));
        SipText ack = bob.request("ACK", WAIT);
        assertEquals(OFFER, ack.body());
        assertEquals("application/sdp", ack.need("Content-Type"));

        connection.hangup(leg);
        bob.respond(bob.request("BYE", WAIT), 200, "OK", null);
        await(leg, LegEvent.Ended.class);
    }

    @Test
    void aProxyChallengeIsAnsweredWithMd5Credentials() throws Exception {
        String leg = connection.invite(toBob().auth(new SipAuth("trunk-7", "s3cret")).build());
        SipText first = bob.request("INVITE", WAIT);
        bob.respond(first, 407, "Proxy Authentication Required", null,
                "Proxy-Authenticate: Digest realm=\"carrier\", nonce=\"n-1\", qop=\"auth\", algorithm=MD5");
        bob.request("ACK", WAIT);

        SipText second = bob.request("INVITE", WAIT);
        assertEquals(first.callId(), second.callId());
        assertEquals(first.fromTag(), second.fromTag());
        assertEquals(first.cseq() + 1, second.cseq());
        assertNotEquals(first.branch(), second.branch());
        String credentials = second.need("Proxy-Authorization");
        Map<String, String> p = DigestCheck.parameters(credentials);
        assertEquals("trunk-7", p.get("username"));
        assertEquals("carrier", p.get("realm"));
        assertEquals(bob.uri(), p.get("uri"));
        assertEquals("auth", p.get("qop"));
        assertTrue(DigestCheck.valid(credentials, "INVITE", "s3cret", "MD5"), credentials);

        bob.respond(second, 200, "OK", ANSWER);
        assertEquals(second.cseq(), bob.request("ACK", WAIT).cseq());
        await(leg, LegEvent.Answered.class);
        connection.hangup(leg);
        bob.respond(bob.request("BYE", WAIT), 200, "OK", null);
        await(leg, LegEvent.Ended.class);
    }

    @Test
    void aServerChallengeIsAnsweredWithSha256CredentialsAndASecondChallengeFails() throws Exception {
        String leg = connection.invite(toBob().auth(new SipAuth("trunk-7", "s3cret")).build());
        SipText first = bob.request("INVITE", WAIT);
        bob.respond(first, 401, "Unauthorized", null,
                "WWW-Authenticate: Digest realm=\"carrier\", nonce=\"n-1\", qop=\"auth\", algorithm=MD5",
                "WWW-Authenticate: Digest realm=\"carrier\", nonce=\"n-2\", qop=\"auth\", algorithm=SHA-256");

        SipText second = bob.request("INVITE", WAIT);
        String credentials = second.need("Authorization");
        assertEquals("SHA-256", DigestCheck.parameters(credentials).get("algorithm"), "the stronger one");
        assertEquals("n-2", DigestCheck.parameters(credentials).get("nonce"));
        assertTrue(DigestCheck.valid(credentials, "INVITE", "s3cret", "SHA-256"), credentials);

        bob.respond(second, 401, "Unauthorized", null,
                "WWW-Authenticate: Digest realm=\"carrier\", nonce=\"n-3\", qop=\"auth\", algorithm=SHA-256");
        assertEquals(401, ((LegEvent.Failed) await(leg, LegEvent.Failed.class)).statusCode(),
                "challenged again: the credentials are wrong");
        assertFalse(bob.receives(m -> m.isRequest() && m.method().equals("INVITE"), Duration.ofMillis(200)));
    }

    @Test
    void aSecondForksAnswerIsAcknowledgedAndHungUp() throws Exception {
        String leg = connection.invite(toBob().build());
        SipText invite = bob.request("INVITE", WAIT);
        bob.respond(invite, 200, "OK", ANSWER);
        SipText ack = bob.request("ACK", WAIT);
        await(leg, LegEvent.Answered.class);

        bob.respondAs("other-fork", invite, 200, "OK", Sdp.of("bob-desk", 6100));
        // the first 2xx may come again (an INVITE retransmitted under load is answered again) and be acknowledged
        // again: wait for the other fork's ACK and BYE by their tag
        SipText forkAck = bob.await(m -> m.isRequest() && m.method().equals("ACK")
                && "other-fork".equals(m.toTag()), "the other fork's ACK", WAIT);
        assertEquals("other-fork", forkAck.toTag());
        SipText forkBye = bob.request("BYE", WAIT);
        assertEquals("other-fork", forkBye.toTag());
        bob.respond(forkBye, 200, "OK", null);
        assertEquals(bob.tagFor(invite.callId()), ack.toTag());
        assertEquals(1, events(leg).size(), "the first 2xx's leg goes on");

        connection.hangup(leg);
        SipText bye = bob.request("BYE", WAIT);
        assertEquals(bob.tagFor(invite.callId()), bye.toTag());
        bob.respond(bye, 200, "OK", null);
        await(leg, LegEvent.Ended.class);
    }

    @Test
    void ofTwoParallelLegsTheFirstAnswerWinsAndParleyCancelsTheOther() throws Exception {
        try (TestPhone carol = connector.phone("carol")) {
            String toBob = connection.invite(toBob().build());
            String toCarol = connection.invite(OutboundInvite.to(carol.uri()).from("<sip:2001@127.0.0.1>")
                    .body(SipBody.sdp(OFFER)).build());
            SipText bobInvite = bob.request("INVITE", WAIT);
            SipText carolInvite = carol.request("INVITE", WAIT);
            assertNotEquals(bobInvite.callId(), carolInvite.callId(), "each leg its own dialog");
            bob.respond(bobInvite, 180, "Ringing", null);
            carol.respond(carolInvite, 180, "Ringing", null);
            carol.respond(carolInvite, 200, "OK", ANSWER);
            await(toCarol, LegEvent.Answered.class);

            connection.cancel(toBob);
            bob.respond(bob.request("CANCEL", WAIT), 200, "OK", null);
            bob.respond(bobInvite, 487, "Request Terminated", null);
            assertEquals(487, ((LegEvent.Failed) await(toBob, LegEvent.Failed.class)).statusCode());

            connection.hangup(toCarol);
            carol.respond(carol.request("BYE", WAIT), 200, "OK", null);
            await(toCarol, LegEvent.Ended.class);
        }
    }
}
