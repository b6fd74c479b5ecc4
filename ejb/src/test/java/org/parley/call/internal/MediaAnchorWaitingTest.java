package org.parley.call.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parley.call.Call;
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
 * A queue caller anchored on the media engine: every agent rung is offered an endpoint of its own, the one who
 * answers is relayed with the caller (whose 200 repeats its 183's answer), the others' endpoints are closed, and every
 * endpoint is closed when the call ends.
 */
class MediaAnchorWaitingTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private static final SessionDescription CALLER_ANSWER = sdp("engine answer to the caller");
    private static final SessionDescription AGENT_ANSWER = sdp("agent's answer");
    private static final SessionDescription NO_OFFER = sdp("the caller's offer");

    private final List<String> media = new ArrayList<>();
    private final MediaAnchor anchors = new MediaAnchor();

    private static SessionDescription sdp(String text) {
        return new SessionDescription("application/sdp", text.getBytes());
    }

    MediaAnchorWaitingTest() {
        anchors.media = (CallMedia) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CallMedia.class}, (p, m, args) -> {
                    media.add(m.getName() + " " + Arrays.asList(args));
                    return m.getName().equals("offer")
                            ? new CallMedia.Offered("ep-" + args[0], sdp("engine offer to " + args[0])) : null;
                });
        anchors.configured = "needed";
        anchors.init();
    }

    /** The offer a destination leg of {@code call} is sent: an engine's, or empty when the planned one goes. */
    private Optional<SessionDescription> offer(Call call, String legId) {
        OutgoingLeg planned = new OutgoingLeg(Party.of("2001"), Party.of("2002"),
                new Destination.Device("2002", "sip:2002@10.0.0.2:5062", "UDP", "10.0.0.2", 5062), NO_OFFER, 70);
        OutgoingLeg sent = anchors.outgoing(call.id(), legId, CallLeg.Role.DESTINATION, call.isConnected(), planned);
        return sent == planned ? Optional.empty() : Optional.of(sent.offer());
    }

    private Call queueCall() {
        Call call = new Call("q1", CallDirection.INTERNAL, Party.of("2001"), Party.of("8000"), Optional.empty(), T0);
        call.addLeg(new CallLeg("a", CallLeg.Role.ORIGIN, Party.of("2001"), "caller", true, T0));
        call.steer();
        call.startWaiting(T0);
        return call;
    }

    @Test
    void theAgentWhoAnswersIsRelayedWithTheCallerAndEveryEndpointClosedAtTheEnd() {
        Call call = queueCall();
        assertEquals(Optional.empty(), offer(call, "agent1"), "not anchored: the caller's own offer");
        anchors.waiting("q1", "a", new CallMedia.Answered("ep-caller", CALLER_ANSWER));

        assertEquals(Optional.of(sdp("engine offer to agent1")), offer(call, "agent1"));
        assertEquals(Optional.of(sdp("engine offer to agent2")), offer(call, "agent2"));
        call.addLeg(new CallLeg("agent1", CallLeg.Role.DESTINATION, Party.of("2002"), "d1", true, T0));
        call.addLeg(new CallLeg("agent2", CallLeg.Role.DESTINATION, Party.of("2003"), "d2", true, T0));
        call.answered("agent2", AGENT_ANSWER, T0.plusSeconds(9));
        media.clear();

        assertEquals(CALLER_ANSWER, anchors.answerToCaller(call, AGENT_ANSWER), "the 200 repeats the 183's answer");
        assertEquals(List.of("accept [ep-agent2, " + AGENT_ANSWER + "]", "stop [ep-caller]",
                "connect [ep-caller, ep-agent2]", "close [ep-agent1]"), media);
        assertEquals(Optional.empty(), offer(call, "target"), "answered: a transfer's legs are not anchored");

        media.clear();
        anchors.onCall(new CallEvent(CallEvent.Type.ENDED, CallView.of(call), T0.plusSeconds(60)));
        assertEquals(List.of("close [ep-caller]", "close [ep-agent2]"), media);
    }

    @Test
    void theEndpointsOfAgentsWhoDidNotAnswerAreClosedWhenTheNextAreRung() {
        Call call = queueCall();
        anchors.waiting("q1", "a", new CallMedia.Answered("ep-caller", CALLER_ANSWER));
        offer(call, "agent1");
        call.addLeg(new CallLeg("agent1", CallLeg.Role.DESTINATION, Party.of("2002"), "d1", true, T0));
        call.failed("agent1", 486, T0);
        anchors.legFailed("agent1");
        offer(call, "agent2");
        assertEquals(List.of("offer [agent1, RTP]", "close [ep-agent1]", "offer [agent2, RTP]"), media);
    }
}
