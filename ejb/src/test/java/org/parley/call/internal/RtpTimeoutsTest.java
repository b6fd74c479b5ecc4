package org.parley.call.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.parley.call.Call;
import org.parley.call.CallAction;
import org.parley.call.CallDirection;
import org.parley.call.CallLeg;
import org.parley.call.Disposition;
import org.parley.call.Party;
import org.parley.call.SessionDescription;
import org.parley.call.TransferRequest;

/** Which RTP timeouts end a call, and how the call is then ended and recorded. */
class RtpTimeoutsTest {

    private static final Instant T0 = Instant.parse("2026-12-07T23:00:00Z");
    private static final Party ALICE = new Party("2001", "Alice");
    private static final Party BOB = new Party("2002", "Bob");
    private static final Party CAROL = new Party("2003", "Carol");
    private static final SessionDescription SDP = new SessionDescription("application/sdp",
            "v=0".getBytes(StandardCharsets.US_ASCII));

    /** The anchor relays alice's endpoint to bob's leg and back. */
    private static final Function<String, Optional<String>> BRIDGED =
            endpoint -> Optional.ofNullable(Map.of("ep-a", "b", "ep-b", "a").get(endpoint));

    private static final Function<String, Optional<String>> NOT_ANCHORED = endpoint -> Optional.empty();

    @Test
    void aSilentPartyOfAnAnsweredAnchoredCallEndsItWithAByeToEachParty() {
        Call call = answered();
        assertTrue(RtpTimeouts.endsCall(call, "a", "ep-a", BRIDGED));
        assertTrue(RtpTimeouts.endsCall(call, "b", "ep-b", BRIDGED));

        List<CallAction> actions = call.hangup(T0.plusSeconds(61));
        assertEquals(List.of(new CallAction.Hangup("a"), new CallAction.Hangup("b")), actions);
        assertEquals(Optional.of(Disposition.ANSWERED), call.disposition());
        assertEquals(Optional.empty(), call.endedBy(), "ended by Parley, as a hang-up through the API");
    }

    @Test
    void aPromptPlayedByParleyEndsWhenItsCallerFallsSilent() {
        Call call = ringing();
        call.answerLocally(SDP, T0);
        assertTrue(RtpTimeouts.endsCall(call, "a", "ep-prompt", NOT_ANCHORED));
    }

    @Test
    void aCallNotAnsweredYetIsLeftRinging() {
        Call call = ringing();
        assertFalse(RtpTimeouts.endsCall(call, "a", "ep-a", BRIDGED), "a caller may send nothing before an answer");
        assertFalse(RtpTimeouts.endsCall(call, "b", "ep-b", BRIDGED));
    }

    @Test
    void aCallOnHoldIsNotEnded() {
        Call call = answered();
        call.sessionChanged("a", new SessionDescription("application/sdp",
                "v=0\r\nc=IN IP4 10.0.0.1\r\nm=audio 4000 RTP/AVP 0\r\na=sendonly\r\n"
                        .getBytes(StandardCharsets.US_ASCII)));
        assertTrue(call.held());
        assertFalse(RtpTimeouts.endsCall(call, "b", "ep-b", BRIDGED), "the held party owes no RTP (RFC 3264)");
    }

    @Test
    void aTransferUnderWayIsNotEnded() {
        Call call = answered();
        call.startTransfer(new TransferRequest(CAROL, Optional.of("b"), Optional.of("tx-1")), T0.plusSeconds(5));
        assertFalse(RtpTimeouts.endsCall(call, "a", "ep-a", BRIDGED));
    }

    @Test
    void anEndpointRelayingToALegThatIsNoLongerThePartnerOwesNoRtp() {
        Call call = answered();
        Function<String, Optional<String>> oldBridge = endpoint -> Optional.of("transferor");
        assertFalse(RtpTimeouts.endsCall(call, "a", "ep-a", oldBridge),
                "after a transfer the phones talk directly; the endpoint left behind hears nothing");
    }

    @Test
    void aLegOfAnotherCallOrAnEndedCallIsIgnored() {
        Call call = answered();
        call.legEnded("b", true, T0.plusSeconds(9));
        assertFalse(RtpTimeouts.endsCall(call, "a", "ep-a", BRIDGED));
    }

    private static Call ringing() {
        Call call = new Call("c1", CallDirection.INTERNAL, ALICE, BOB, Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, ALICE, "caller", true, T0));
        call.addLeg(new CallLeg("b", CallLeg.Role.DESTINATION, BOB, "sip:2002@10.0.0.2", true, T0));
        return call;
    }

    private static Call answered() {
        Call call = ringing();
        call.answered("b", SDP, T0);
        call.confirmed("a", SessionDescription.none(), T0);
        return call;
    }
}
