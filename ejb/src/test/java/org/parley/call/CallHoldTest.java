package org.parley.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Music on hold in the call's state machine (Asterisk's {@code direct_media}): Alice (leg a) called Bob (leg b); when
 * one of them holds, the holder is answered from the media engine and the other re-INVITEd onto it to hear the
 * music; when the holder talks again, the two are put back in direct media by 3pcc (RFC 3725) and bridged anew.
 */
class CallHoldTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(30);
    private static final SessionDescription BOB = sdp("m=audio 6000 RTP/AVP 0\r\na=sendrecv");
    private static final SessionDescription ALICE_HOLDS = sdp("m=audio 4000 RTP/AVP 0\r\na=sendonly");
    private static final SessionDescription ALICE_INACTIVE = sdp("m=audio 4000 RTP/AVP 0\r\na=inactive");
    private static final SessionDescription ALICE_TALKS = sdp("m=audio 4000 RTP/AVP 0\r\na=sendrecv");
    private static final SessionDescription BOB_ON_ENGINE = sdp("m=audio 6000 RTP/AVP 0\r\na=sendrecv\r\no=2");
    private static final SessionDescription BOB_ANSWERS_ALICE = sdp("m=audio 6000 RTP/AVP 0\r\no=3");
    private static final String DEFAULT = "default";

    private final Party alice = new Party("2001", "Alice");
    private final Party bob = new Party("2002", "Bob");

    private static SessionDescription sdp(String media) {
        return new SessionDescription("application/sdp", ("v=0\r\nc=IN IP4 10.0.0.1\r\n" + media + "\r\n").getBytes());
    }

    private Call answered() {
        Call call = new Call("c1", CallDirection.INTERNAL, alice, bob, Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, alice, "caller", true, T0));
        call.addLeg(new CallLeg("b", CallLeg.Role.DESTINATION, bob, "sip:2002@10.0.0.2", true, T0));
        call.answered("b", BOB, T0);
        call.confirmed("a", SessionDescription.none(), T0);
        return call;
    }

    /** Alice held; Bob took Parley's offer and hears the music. */
    private Call held() {
        Call call = answered();
        assertEquals(List.of(new CallAction.AnswerFromEngine("a", "tx-hold", ALICE_HOLDS),
                new CallAction.OfferFromEngine("b")), call.sessionOffered("a", "tx-hold", ALICE_HOLDS, leg -> false));
        assertTrue(call.held());
        assertEquals(List.of(new CallAction.PlayMusic("b", BOB_ON_ENGINE, DEFAULT)),
                call.reoffered("b", 200, BOB_ON_ENGINE, T1));
        return call;
    }

    @Test
    void aPartyHoldingIsAnsweredByTheEngineAndTheOtherHearsTheDefaultMusic() {
        Call call = held();
        assertTrue(call.held());
        assertEquals(CallState.ANSWERED, call.state());
    }

    @Test
    void anInactiveOfferOrOldStyleHoldAlsoHolds() {
        Call call = answered();
        assertEquals(List.of(new CallAction.AnswerFromEngine("a", "tx", ALICE_INACTIVE),
                new CallAction.OfferFromEngine("b")), call.sessionOffered("a", "tx", ALICE_INACTIVE, leg -> false));

        Call other = answered();
        SessionDescription oldStyle = new SessionDescription("application/sdp",
                "v=0\r\nc=IN IP4 0.0.0.0\r\nm=audio 4000 RTP/AVP 0\r\n".getBytes());
        assertEquals(List.of(new CallAction.AnswerFromEngine("b", "tx", oldStyle),
                new CallAction.OfferFromEngine("a")), other.sessionOffered("b", "tx", oldStyle, leg -> false),
                "the callee may hold too: the caller hears the music");
    }

    @Test
    void resumingPutsTheTwoBackInDirectMediaByThirdPartyCallControl() {
        Call call = held();
        assertEquals(List.of(new CallAction.Reoffer("b", ALICE_TALKS)),
                call.sessionOffered("a", "tx-resume", ALICE_TALKS, leg -> false), "Bob gets Alice's new offer");
        assertTrue(call.held(), "held until Bob took the resume");
        assertEquals(List.of(new CallAction.RespondToInvite("a", "tx-resume", 200, BOB_ANSWERS_ALICE),
                new CallAction.Bridge("a", "b"), new CallAction.ReleaseMedia("a"), new CallAction.ReleaseMedia("b")),
                call.reoffered("b", 200, BOB_ANSWERS_ALICE, T1),
                "Alice gets Bob's answer, the legs are bridged anew (relaying again) and the endpoints closed");
        assertFalse(call.held());
    }

    @Test
    void theHeldPartyRefusingTheResumeLeavesTheCallHeldAndTheHolderIsToldSo() {
        Call call = held();
        call.sessionOffered("a", "tx-resume", ALICE_TALKS, leg -> false);
        assertEquals(List.of(new CallAction.RespondToInvite("a", "tx-resume", 491, SessionDescription.none())),
                call.reoffered("b", 491, SessionDescription.none(), T1), "glare at Bob: Alice may try again");
        assertEquals(List.of(new CallAction.Reoffer("b", ALICE_TALKS)),
                call.sessionOffered("a", "tx-again", ALICE_TALKS, leg -> false));
        assertEquals(List.of(new CallAction.RespondToInvite("a", "tx-again", 488, SessionDescription.none())),
                call.reoffered("b", 488, SessionDescription.none(), T1));
    }

    @Test
    void offersWhileParleyNegotiatesAreRefusedWith491() {
        Call call = answered();
        call.sessionOffered("a", "tx-hold", ALICE_HOLDS, leg -> false);
        assertEquals(List.of(new CallAction.RespondToInvite("b", "tx-b", 491, SessionDescription.none())),
                call.sessionOffered("b", "tx-b", BOB, leg -> false), "Parley's re-INVITE to Bob is under way (RFC 3261 §14.1)");
        assertEquals(List.of(new CallAction.RespondToInvite("a", "tx-a", 491, SessionDescription.none())),
                call.sessionOffered("a", "tx-a", ALICE_TALKS, leg -> false));
    }

    @Test
    void whileHeldTheHoldersRefreshAndTheHeldPartysOffersAreAnsweredByTheEngine() {
        Call call = held();
        assertEquals(List.of(new CallAction.AnswerFromEngine("a", "tx-2", ALICE_INACTIVE)),
                call.sessionOffered("a", "tx-2", ALICE_INACTIVE, leg -> false));
        assertTrue(call.held());
        assertEquals(List.of(new CallAction.AnswerFromEngine("b", "tx-3", BOB)), call.sessionOffered("b", "tx-3", BOB, leg -> false),
                "Bob's session refresh stays on the engine: he keeps hearing the music");
        assertTrue(call.held());
    }

    @Test
    void theHeldPartyRefusingParleysOfferHearsSilenceAndTheResumeStillWorks() {
        Call call = answered();
        call.sessionOffered("a", "tx-hold", ALICE_HOLDS, leg -> false);
        assertEquals(List.of(new CallAction.ReleaseMedia("b")), call.reoffered("b", 488, SessionDescription.none(), T1));
        assertTrue(call.held());
        assertEquals(List.of(new CallAction.Reoffer("b", ALICE_TALKS)),
                call.sessionOffered("a", "tx-resume", ALICE_TALKS, leg -> false));
    }

    @Test
    void eitherPartyHangingUpWhileHeldEndsTheCall() {
        Call call = held();
        call.legEnded("b", true, T1);
        assertTrue(call.isOver());
        assertEquals(Optional.of(bob), call.endedBy());

        Call other = held();
        other.legEnded("a", true, T1);
        assertTrue(other.isOver());
    }

    @Test
    void aReferWhileTheHoldIsNegotiatedIsRefusedWith491AndOnceHeldItClosesTheEndpoints() {
        Call call = answered();
        call.sessionOffered("a", "tx-hold", ALICE_HOLDS, leg -> false);
        assertFalse(call.canTransfer());
        assertEquals(List.of(new CallAction.AnswerTransferRequest("refer-1", 491)), call.startTransfer(
                new TransferRequest(Party.of("2003"), Optional.of("a"), Optional.of("refer-1")), T1));
        assertThrows(IllegalStateException.class, () -> call.startTransfer(new TransferRequest(
                TransferRequest.Mode.BLIND, Party.of("2003"), Optional.empty(), Optional.empty(), Optional.empty()),
                T1));

        call.reoffered("b", 200, BOB_ON_ENGINE, T1);
        assertTrue(call.canTransfer());
        List<CallAction> started = call.startTransfer(
                new TransferRequest(Party.of("2003"), Optional.of("a"), Optional.of("refer-2")), T1);
        assertTrue(started.containsAll(List.of(new CallAction.ReleaseMedia("a"), new CallAction.ReleaseMedia("b"))),
                started.toString());
        assertEquals(List.of(new CallAction.RespondToInvite("b", "tx-b", 491, SessionDescription.none())),
                call.sessionOffered("b", "tx-b", BOB, leg -> false), "no hold decisions while the transfer goes on");
    }

    @Test
    void aNonHoldOfferLeftToCallControlIsPassedOnByThirdPartyCallControl() {
        Call call = answered();
        assertEquals(List.of(new CallAction.Reoffer("a", BOB)), call.sessionOffered("b", "tx", BOB, leg -> false));
        assertFalse(call.held(), "nobody holds");
        assertEquals(List.of(new CallAction.RespondToInvite("b", "tx", 200, ALICE_TALKS),
                new CallAction.Bridge("b", "a"), new CallAction.ReleaseMedia("b"), new CallAction.ReleaseMedia("a")),
                call.reoffered("a", 200, ALICE_TALKS, T1));
        assertFalse(call.held());
    }

    // --- PARLEY_MEDIA_ANCHOR=always: both parties already have engine endpoints ---

    private static final java.util.function.Predicate<String> ANCHORED = leg -> true;

    @Test
    void anAnchoredCallIsHeldOnTheEndpointsItHasWithoutReInvitingTheHeldParty() {
        Call call = answered();
        assertEquals(List.of(new CallAction.AnswerFromEngine("a", "tx-hold", ALICE_HOLDS),
                new CallAction.PlayMusic("b", SessionDescription.none(), DEFAULT)),
                call.sessionOffered("a", "tx-hold", ALICE_HOLDS, ANCHORED),
                "Alice re-answered on her endpoint, the music played on Bob's: no re-INVITE, no endpoint opened");
        assertTrue(call.held());
        assertTrue(call.canTransfer(), "nothing is being negotiated");

        assertEquals(List.of(new CallAction.AnswerFromEngine("b", "tx-b", BOB)),
                call.sessionOffered("b", "tx-b", BOB, ANCHORED), "Bob's refresh is answered on his endpoint");
        assertTrue(call.held());
    }

    @Test
    void anAnchoredCallResumedStopsTheMusicAndConnectsTheEndpointsAgainStayingAnchored() {
        Call call = answered();
        call.sessionOffered("a", "tx-hold", ALICE_HOLDS, ANCHORED);
        assertEquals(List.of(new CallAction.AnswerFromEngine("a", "tx-resume", ALICE_TALKS),
                new CallAction.StopMusic("b"), new CallAction.Bridge("a", "b")),
                call.sessionOffered("a", "tx-resume", ALICE_TALKS, ANCHORED),
                "no 3pcc: Alice keeps Parley's SDP, Bob is not re-INVITEd, no endpoint closed");
        assertFalse(call.held());

        assertEquals(List.of(new CallAction.AnswerFromEngine("b", "tx-again", BOB)),
                call.sessionOffered("b", "tx-again", BOB, ANCHORED),
                "a later offer that does not hold is answered on the endpoint: the call stays anchored");
        assertFalse(call.held());
    }

    @Test
    void aTransferOfAnAnchoredHeldCallStopsTheMusicAndLeavesTheEndpointsToTheAnchor() {
        Call call = answered();
        call.sessionOffered("a", "tx-hold", ALICE_HOLDS, ANCHORED);
        List<CallAction> started = call.startTransfer(
                new TransferRequest(Party.of("2003"), Optional.of("a"), Optional.of("refer-1")), T1);
        assertTrue(started.contains(new CallAction.StopMusic("b")), started.toString());
        assertFalse(started.stream().anyMatch(CallAction.ReleaseMedia.class::isInstance), started.toString());
    }

    @Test
    void onlyOneAnchoredLegIsHeldAsBefore() {
        Call call = answered();
        assertEquals(List.of(new CallAction.AnswerFromEngine("a", "tx-hold", ALICE_HOLDS),
                new CallAction.OfferFromEngine("b")), call.sessionOffered("a", "tx-hold", ALICE_HOLDS, "a"::equals));
    }

    // --- 491 to Parley's re-INVITE (RFC 3261 §14.1) ---

    @Test
    void aHeldPartyAnswering491IsOfferedAgainLaterAndThenHearsTheMusic() {
        Call call = answered();
        call.sessionOffered("a", "tx-hold", ALICE_HOLDS, leg -> false);
        assertEquals(List.of(new CallAction.ReofferLater("b")), call.reoffered("b", 491, SessionDescription.none(), T1));
        assertTrue(call.held());
        assertEquals(List.of(new CallAction.RespondToInvite("b", "tx-b", 491, SessionDescription.none())),
                call.sessionOffered("b", "tx-b", BOB, leg -> false), "still negotiating while the retry waits");

        assertEquals(List.of(new CallAction.OfferFromEngine("b")), call.retryReoffer("b"));
        assertEquals(List.of(), call.retryReoffer("b"), "one retry per 491");
        assertEquals(List.of(new CallAction.PlayMusic("b", BOB_ON_ENGINE, DEFAULT)),
                call.reoffered("b", 200, BOB_ON_ENGINE, T1));
        assertEquals(List.of(), call.retryReoffer("b"), "nothing to retry once held");
    }

    @Test
    void afterThreeRetriesMeeting491TheHeldPartyKeepsItsSessionAndHearsSilence() {
        Call call = answered();
        call.sessionOffered("a", "tx-hold", ALICE_HOLDS, leg -> false);
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of(new CallAction.ReofferLater("b")),
                    call.reoffered("b", 491, SessionDescription.none(), T1));
            assertEquals(List.of(new CallAction.OfferFromEngine("b")), call.retryReoffer("b"));
        }
        assertEquals(List.of(new CallAction.ReleaseMedia("b")), call.reoffered("b", 491, SessionDescription.none(), T1));
        assertTrue(call.held());
        assertEquals(List.of(new CallAction.Reoffer("b", ALICE_TALKS)),
                call.sessionOffered("a", "tx-resume", ALICE_TALKS, leg -> false), "the resume still works");
    }

    @Test
    void aRetryDueAfterTheCallEndedOrWasTransferredDoesNothing() {
        Call call = answered();
        call.sessionOffered("a", "tx-hold", ALICE_HOLDS, leg -> false);
        call.reoffered("b", 491, SessionDescription.none(), T1);
        call.legEnded("a", true, T1);
        assertTrue(call.isOver());
        assertEquals(List.of(), call.retryReoffer("b"));
    }
}
