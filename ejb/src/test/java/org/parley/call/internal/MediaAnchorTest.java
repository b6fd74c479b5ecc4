package org.parley.call.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.call.AnchorMode;
import org.parley.call.Call;
import org.parley.call.CallAction;
import org.parley.call.CallDirection;
import org.parley.call.CallEvent;
import org.parley.call.CallLeg;
import org.parley.call.CallMedia;
import org.parley.call.MediaKind;
import org.parley.call.CallView;
import org.parley.call.Destination;
import org.parley.call.OutgoingLeg;
import org.parley.call.Party;
import org.parley.call.SessionDescription;

/**
 * What {@code PARLEY_MEDIA_ANCHOR} changes in a call's setup: which SDP each side receives, which endpoints are
 * opened, connected and closed (against a media port that records what it is asked).
 */
class MediaAnchorTest {

    private static final Instant T0 = Instant.parse("2026-12-07T22:00:00Z");
    private static final SessionDescription CALLER_OFFER = sdp("caller-offer");
    private static final SessionDescription DEVICE_ANSWER = sdp("device-answer");
    private static final Party ALICE = new Party("2001", "Alice");
    private static final Party BOB = new Party("2002", "Bob");

    private final RecordingMedia media = new RecordingMedia();

    @Test
    void neededPassesEverySessionDescriptionOnUnchanged() {
        MediaAnchor anchor = anchor("needed");
        anchor.caller("c1", "caller", CALLER_OFFER);
        OutgoingLeg leg = device(CALLER_OFFER);

        assertSame(leg, anchor.outgoing("c1", "bob", CallLeg.Role.DESTINATION, false, leg));
        assertEquals(DEVICE_ANSWER, anchor.fromDestination("c1", "bob", true, false, DEVICE_ANSWER));
        anchor.bridged("caller", "bob");
        assertEquals(List.of(), media.log, "the engine is not used");
        assertEquals(AnchorMode.NEEDED, anchor.mode());
    }

    @Test
    void neededAnchorsAWebRtcCallerAndOffersTheDestinationTheEnginesPlainSdp() {
        MediaAnchor anchor = anchor("needed");
        SessionDescription browser = new SessionDescription("application/sdp", ("v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0"
                + " 8\r\n").getBytes(StandardCharsets.US_ASCII));
        anchor.caller("c1", "caller", browser);
        OutgoingLeg sent = anchor.outgoing("c1", "bob", CallLeg.Role.DESTINATION, false, device(browser));

        assertEquals(sdp("engine-offer-bob"), sent.offer(), "the phone is offered the engine's SDP, not WebRTC");
        assertEquals(sdp("engine-answer-caller"), anchor.fromDestination("c1", "bob", true, false, DEVICE_ANSWER));
        assertEquals("offer bob", media.log.get(1));
        assertTrue(media.log.get(0).startsWith("answer caller "), media.log::toString);
    }

    @Test
    void neededAnchorsAPlainCallerWhenABrowserIsRungAndOffersEachDestinationItsKind() {
        MediaAnchor anchor = anchor("needed");
        anchor.caller("c1", "caller", CALLER_OFFER);
        OutgoingLeg phone = device(CALLER_OFFER);
        OutgoingLeg browser = browser(CALLER_OFFER);
        anchor.destinations("c1", "caller", CALLER_OFFER, List.of(phone, browser));

        assertEquals(sdp("engine-offer-bob"), anchor.outgoing("c1", "bob", CallLeg.Role.DESTINATION, false, phone)
                .offer());
        assertEquals(sdp("engine-offer-web"), anchor.outgoing("c1", "web", CallLeg.Role.DESTINATION, false, browser)
                .offer());
        assertEquals(List.of("answer caller caller-offer", "offer bob", "offer web webrtc"), media.log);
        assertEquals(sdp("engine-answer-caller"), anchor.fromDestination("c1", "web", true, false, DEVICE_ANSWER));
        anchor.bridged("caller", "web");
        assertEquals("connect ep-caller ep-web", media.log.get(media.log.size() - 1));
    }

    @Test
    void neededLeavesACallWithoutBrowsersDirectAndAnchorsABrowserToBrowserCallWithTwoWebRtcSides() {
        MediaAnchor anchor = anchor("needed");
        anchor.destinations("c1", "caller", CALLER_OFFER, List.of(device(CALLER_OFFER)));
        assertEquals(List.of(), media.log, "phones only: direct media");

        SessionDescription webOffer = new SessionDescription("application/sdp", ("v=0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 0"
                + "\r\n").getBytes(StandardCharsets.US_ASCII));
        anchor.caller("c2", "caller2", webOffer);
        anchor.destinations("c2", "caller2", webOffer, List.of(browser(webOffer)));
        anchor.outgoing("c2", "web", CallLeg.Role.DESTINATION, false, browser(webOffer));
        assertEquals(List.of("answer caller2 " + text(webOffer), "offer web webrtc"), media.log,
                "the browser caller answered by a WebRTC answer, the browser callee offered WebRTC, once each");
    }

    @Test
    void aCallerTheEngineCannotTakeKeepsDirectMediaWhenABrowserIsRung() {
        MediaAnchor anchor = anchor("needed");
        SessionDescription g722 = sdp("g722");
        anchor.destinations("c1", "caller", g722, List.of(browser(g722)));
        OutgoingLeg leg = browser(g722);
        assertSame(leg, anchor.outgoing("c1", "web", CallLeg.Role.DESTINATION, false, leg));
    }

    @Test
    void defaultIsNeeded() {
        assertEquals(AnchorMode.NEEDED, AnchorMode.parse("needed"));
        assertEquals(AnchorMode.ALWAYS, AnchorMode.parse(" Always "));
    }

    @Test
    void anInvalidValueStopsTheStartNamingTheKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> anchor("sometimes"));
        assertTrue(e.getMessage().contains("PARLEY_MEDIA_ANCHOR") && e.getMessage().contains("sometimes"),
                e::getMessage);
    }

    @Test
    void alwaysPutsAnEndpointOnEachSideAndConnectsThemWhenAnswered() {
        MediaAnchor anchor = anchor("always");
        anchor.caller("c1", "caller", CALLER_OFFER);
        assertEquals(List.of("answer caller caller-offer"), media.log, "the caller's offer answered by the engine");

        OutgoingLeg sent = anchor.outgoing("c1", "bob", CallLeg.Role.DESTINATION, false, device(CALLER_OFFER));
        assertEquals(sdp("engine-offer-bob"), sent.offer(), "the device is offered the engine's SDP, not the caller's");

        assertEquals(SessionDescription.none(), anchor.fromDestination("c1", "bob", false, false,
                SessionDescription.none()), "a 180 without SDP stays without");
        SessionDescription toCaller = anchor.fromDestination("c1", "bob", true, false, DEVICE_ANSWER);
        assertEquals(sdp("engine-answer-caller"), toCaller, "the caller gets its endpoint's answer, not the device's");
        anchor.bridged("caller", "bob");
        anchor.onCall(ended("c1"));

        assertEquals(List.of("answer caller caller-offer", "offer bob", "accept ep-bob device-answer",
                "connect ep-caller ep-bob"), media.log.subList(0, 4));
        assertEquals(java.util.Set.of("close ep-caller", "close ep-bob"), java.util.Set.copyOf(media.log.subList(4,
                media.log.size())), "every endpoint closed when the call ends");
        assertEquals(0, anchor.anchoredCalls());
    }

    @Test
    void forkedDevicesEachGetTheirOwnEndpointAndTheLosersAreClosedAtOnce() {
        MediaAnchor anchor = anchor("always");
        anchor.caller("c1", "caller", CALLER_OFFER);
        anchor.outgoing("c1", "desk", CallLeg.Role.DESTINATION, false, device(CALLER_OFFER));
        anchor.outgoing("c1", "mobile", CallLeg.Role.DESTINATION, false, device(CALLER_OFFER));
        anchor.fromDestination("c1", "desk", true, false, DEVICE_ANSWER);
        anchor.bridged("caller", "desk");
        anchor.legFailed("mobile"); // cancelled: 487

        assertTrue(media.log.contains("close ep-mobile"), () -> "the cancelled fork's endpoint closed: " + media.log);
        assertTrue(media.log.contains("connect ep-caller ep-desk"), media.log::toString);
        anchor.onCall(ended("c1"));
        assertEquals(3, media.log.stream().filter(l -> l.startsWith("close")).count(), "each endpoint closed once");
    }

    @Test
    void aLateOfferCallerGetsTheEngineOfferAndItsAckAnswerStaysWithTheEngine() {
        MediaAnchor anchor = anchor("always");
        anchor.caller("c1", "caller", SessionDescription.none());
        OutgoingLeg sent = anchor.outgoing("c1", "bob", CallLeg.Role.DESTINATION, false,
                device(SessionDescription.none()));

        assertEquals(sdp("engine-offer-bob"), sent.offer(), "the device still gets an offer");
        assertEquals(SessionDescription.none(), anchor.fromDestination("c1", "bob", false, false, sdp("early")),
                "no early media to a caller without an answer yet: it hears ringing");
        assertEquals(sdp("engine-offer-caller"), anchor.fromDestination("c1", "bob", true, false, DEVICE_ANSWER),
                "the caller's 200 carries the endpoint's offer");
        assertEquals(SessionDescription.none(), anchor.fromCallerAck("c1", "caller", sdp("caller-answer")),
                "the caller's answer goes to its endpoint, not to the device");
        assertTrue(media.log.contains("accept ep-caller caller-answer"), media.log::toString);
    }

    @Test
    void earlyMediaIsConnectedFromTheFirstProgressWithSdp() {
        MediaAnchor anchor = anchor("always");
        anchor.caller("c1", "caller", CALLER_OFFER);
        anchor.outgoing("c1", "trunk", CallLeg.Role.DESTINATION, false, device(CALLER_OFFER));

        assertEquals(sdp("engine-answer-caller"), anchor.fromDestination("c1", "trunk", false, false,
                sdp("trunk-early")));
        anchor.fromDestination("c1", "trunk", false, false, sdp("trunk-early"));
        assertEquals(1, media.log.stream().filter(l -> l.startsWith("connect")).count(), media.log::toString);
    }

    @Test
    void legsDialledOnceTheCallIsAnsweredAreNotAnchored() {
        MediaAnchor anchor = anchor("always");
        anchor.caller("c1", "caller", CALLER_OFFER);
        OutgoingLeg target = device(SessionDescription.none());

        assertSame(target, anchor.outgoing("c1", "target", CallLeg.Role.DESTINATION, true, target),
                "a transfer's target is rung as before (RFC 3725 between the phones)");
        assertEquals(sdp("target-offer"), anchor.fromDestination("c1", "target", true, true, sdp("target-offer")));
    }

    @Test
    void theAnchorSaysWhichLegEachEndpointRelaysToUntilItIsClosed() {
        MediaAnchor anchor = anchor("always");
        anchor.caller("c1", "caller", CALLER_OFFER);
        anchor.outgoing("c1", "bob", CallLeg.Role.DESTINATION, false, device(CALLER_OFFER));
        anchor.fromDestination("c1", "bob", true, false, DEVICE_ANSWER);
        assertEquals(Optional.empty(), anchor.relayedTo("ep-caller"), "not before the bridge");
        anchor.bridged("caller", "bob");

        assertEquals(Optional.of("bob"), anchor.relayedTo("ep-caller"));
        assertEquals(Optional.of("caller"), anchor.relayedTo("ep-bob"));
        anchor.onCall(ended("c1"));
        assertEquals(Optional.empty(), anchor.relayedTo("ep-caller"));
        assertEquals(Optional.empty(), anchor.relayedTo("ep-bob"));
    }

    @Test
    void aCallerTheEngineHasNoPortForIsNotAnchoredAndItsCallIsRefused503() {
        MediaAnchor anchor = anchor("always");
        assertThrows(CallMedia.Unavailable.class, () -> anchor.caller("c1", "caller", sdp("no-port")));
        assertEquals(0, anchor.anchoredCalls());

        Call call = new Call("c1", CallDirection.INTERNAL, ALICE, BOB, Optional.empty(), T0);
        call.addLeg(new CallLeg("caller", CallLeg.Role.ORIGIN, ALICE, "caller", true, T0));
        assertEquals(List.of(new org.parley.call.CallAction.RespondToCaller(503, SessionDescription.none())),
                call.refused(503, T0), "what CallController does on Unavailable: the caller gets 503, nobody rung");
        assertEquals(Optional.of(org.parley.call.Disposition.FAILED), call.disposition());
    }

    @Test
    void aCallerOfferingNoEngineCodecIsRefused() {
        MediaAnchor anchor = anchor("always");
        assertThrows(CallMedia.Refused.class, () -> anchor.caller("c1", "caller", sdp("g722-only")));
        assertEquals(0, anchor.anchoredCalls());
    }

    @Test
    void aClickToDialOriginIsAnchoredWhenItAnswersWithItsOffer() {
        MediaAnchor anchor = anchor("always");
        anchor.originAnswered("c1", "origin", false, sdp("origin-offer"), false);
        OutgoingLeg sent = anchor.outgoing("c1", "dest", CallLeg.Role.DESTINATION, false, device(sdp("origin-offer")));

        assertEquals(sdp("engine-offer-dest"), sent.offer());
        assertEquals(sdp("engine-answer-origin"), anchor.fromDestination("c1", "dest", true, false, DEVICE_ANSWER),
                "the origin's ACK carries its endpoint's answer");
    }

    @Test
    void aFeatureCodeTakesOverTheCallersEndpoint() {
        MediaAnchor anchor = anchor("always");
        anchor.caller("c1", "caller", CALLER_OFFER);

        CallMedia.Answered taken = anchor.handOver("c1", "caller").orElseThrow();
        assertEquals("ep-caller", taken.endpointId());
        assertEquals(sdp("engine-answer-caller"), taken.answer());
        anchor.onCall(ended("c1"));
        assertTrue(media.log.stream().noneMatch(l -> l.startsWith("close")), "the announcer closes it, not the anchor");
    }

    @Test
    void aHoldOnAnAnchoredCallReusesItsEndpointsAndTheCallStaysAnchored() {
        MediaAnchor anchor = anchor("always");
        anchor.caller("c1", "caller", CALLER_OFFER);
        anchor.outgoing("c1", "bob", CallLeg.Role.DESTINATION, false, device(CALLER_OFFER));
        anchor.fromDestination("c1", "bob", true, false, DEVICE_ANSWER);
        anchor.bridged("caller", "bob");
        media.log.clear();
        LegMedia legMedia = new LegMedia();
        legMedia.media = media;
        legMedia.anchor = anchor;
        Call call = new Call("c1", CallDirection.INTERNAL, ALICE, BOB, Optional.empty(), T0);

        assertEquals(List.of(new CallAction.RespondToInvite("caller", "tx", 200, sdp("engine-reanswer-ep-caller"))),
                legMedia.carryOut(call, new CallAction.AnswerFromEngine("caller", "tx", sdp("hold"))),
                "the holder gets its own endpoint's answer again");
        assertEquals(List.of(), legMedia.carryOut(call,
                new CallAction.PlayMusic("bob", SessionDescription.none(), "default")), "no re-INVITE to Bob");
        legMedia.carryOut(call, new CallAction.StopMusic("bob"));
        legMedia.carryOut(call, new CallAction.ReleaseMedia("bob"));
        assertEquals(List.of("reanswer ep-caller hold", "music ep-bob default", "stop ep-bob"), media.log,
                "no endpoint opened, none closed: the anchor's stay");

        anchor.onCall(ended("c1"));
        legMedia.onCall(ended("c1"));
        assertEquals(2, media.log.stream().filter(l -> l.startsWith("close")).count(), "closed once, at the end");
    }

    private MediaAnchor anchor(String configured) {
        MediaAnchor anchor = new MediaAnchor();
        anchor.configured = configured;
        anchor.media = media;
        anchor.init();
        return anchor;
    }

    private static OutgoingLeg device(SessionDescription offer) {
        return new OutgoingLeg(ALICE, BOB, new Destination.Device("2002", "sip:2002@10.0.0.2:5062", "UDP", "10.0.0.2", 5062), offer, 69);
    }

    private static OutgoingLeg browser(SessionDescription offer) {
        return new OutgoingLeg(ALICE, BOB, new Destination.Device("2002", "sip:x7@df7jal23ls0d.invalid;transport=ws",
                "WSS", "127.0.0.1", 40123), offer, 69);
    }

    private static CallEvent ended(String callId) {
        Call call = new Call(callId, CallDirection.INTERNAL, ALICE, BOB, Optional.empty(), T0);
        return new CallEvent(CallEvent.Type.ENDED, CallView.of(call), T0);
    }

    private static SessionDescription sdp(String text) {
        return new SessionDescription("application/sdp", text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String text(SessionDescription d) {
        return new String(d.content(), StandardCharsets.US_ASCII);
    }

    /** A media port that writes down what it is asked; offers containing "g722" are refused. */
    private static final class RecordingMedia implements CallMedia {
        final List<String> log = new ArrayList<>();

        @Override
        public Answered answer(String legId, SessionDescription offer) {
            if (text(offer).contains("g722")) {
                throw new Refused("no PCMU or PCMA");
            }
            if (text(offer).contains("no-port")) {
                throw new Unavailable("no free media port pair in 31000-31003", null);
            }
            log.add("answer " + legId + " " + text(offer));
            return new Answered("ep-" + legId, sdp("engine-answer-" + legId));
        }

        @Override
        public Offered offer(String legId, MediaKind kind) {
            log.add("offer " + legId + (kind == MediaKind.WEBRTC ? " webrtc" : ""));
            return new Offered("ep-" + legId, sdp("engine-offer-" + legId));
        }

        @Override
        public SessionDescription reanswer(String endpointId, SessionDescription offer) {
            log.add("reanswer " + endpointId + " " + text(offer));
            return sdp("engine-reanswer-" + endpointId);
        }

        @Override
        public void accept(String endpointId, SessionDescription answer) {
            log.add("accept " + endpointId + " " + text(answer));
        }

        @Override
        public void connect(String endpointA, String endpointB) {
            log.add("connect " + endpointA + " " + endpointB);
        }

        @Override
        public void disconnect(String endpointId) {
            log.add("disconnect " + endpointId);
        }

        @Override
        public void play(String endpointId, String soundName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void play(String endpointId, List<String> soundNames, boolean loop) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void playAudio(String endpointId, String name, byte[] mulaw) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void playMusic(String endpointId, String musicClass) {
            log.add("music " + endpointId + " " + musicClass);
        }

        @Override
        public void stop(String endpointId) {
            log.add("stop " + endpointId);
        }

        @Override
        public void record(String endpointId, Path wav, Duration endOnSilence) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void stopRecording(String endpointId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sendDtmf(String endpointId, char digit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close(String endpointId) {
            log.add("close " + endpointId);
        }
    }
}
