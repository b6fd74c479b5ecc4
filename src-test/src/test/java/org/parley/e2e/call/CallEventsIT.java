package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.e2e.Extensions;
import org.parley.test.support.EventStream;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;
import org.parley.test.support.Sipp;
import org.parley.test.support.SippPhone;

/**
 * Live events on {@code /api/events} (Server-Sent Events) as a CRM sees them while a call happens: call.created,
 * call.ringing, call.answered, call.ended in that order, all with the same call id, its parties and times; a hold
 * and a resume; nothing without credentials.
 */
@ExtendWith(SharedParleyServer.class)
class CallEventsIT {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    @Test
    void aCallIsCreatedRingsIsAnsweredAndEnds(ParleyServer server) {
        String alice = Extensions.create(server, "alice-password");
        String bob = Extensions.create(server, "bob-password");
        SippPhone alicePhone = SippPhone.register(server, alice, "alice-password");
        SippPhone bobPhone = SippPhone.register(server, bob, "bob-password");

        try (EventStream events = EventStream.open(server)) {
            assertEquals(200, events.status(), "GET /api/events");
            assertTrue(events.contentType().startsWith("text/event-stream"), events::contentType);

            Sipp.Running bobAnswers = bobPhone.expect("uas_answer", s -> s.pause(Duration.ofMillis(300)));
            Sipp.Result call = alicePhone.call("uac_call", bob, s -> s.pause(Duration.ofMillis(500)));
            assertTrue(call.allSucceeded(), call::toString);
            assertTrue(bobAnswers.await().allSucceeded());

            List<String> names = List.of("call.created", "call.ringing", "call.answered", "call.ended");
            EventStream.Event created = next(events, "call.created", alice);
            String id = created.json().getJsonObject("call").getString("id");
            Instant previous = Instant.parse(created.json().getString("at"));
            assertEquals(bob, created.json().getJsonObject("call").getJsonObject("callee").getString("number"));
            for (String name : names.subList(1, names.size())) {
                EventStream.Event e = next(events, name, alice);
                JsonObject call2 = e.json().getJsonObject("call");
                assertEquals(id, call2.getString("id"), () -> name + " is about the same call");
                assertEquals(name, e.json().getString("type"));
                Instant at = Instant.parse(e.json().getString("at"));
                assertFalse(at.isBefore(previous), () -> name + " comes after the event before it");
                previous = at;
            }
            List<String> seen = events.events().stream()
                    .filter(e -> e.name().startsWith("call.") && isFrom(e, alice)).map(EventStream.Event::name)
                    .toList();
            assertEquals(names, seen, "in this order, once each");
            JsonObject ended = events.events().stream().filter(e -> e.name().equals("call.ended") && isFrom(e, alice))
                    .findFirst().orElseThrow().json().getJsonObject("call");
            assertEquals("ANSWERED", ended.getString("disposition"));
            assertEquals("ENDED", ended.getString("state"));
            assertEquals(bob, ended.getJsonObject("answeredBy").getJsonObject("party").getString("number"));
        }
    }

    @Test
    void holdAndResumeAreAnnounced(ParleyServer server) {
        try (EventStream events = EventStream.open(server); TwoPhones p = TwoPhones.register(server)) {
            assertEquals(200, events.status(), "GET /api/events");
            TwoPhones.Connected call = p.connect(SipPhone.offer("alice", 41000), SipPhone.offer("bob", 42000));

            Holds.hold(call.caller(), call.callee(), SipPhone.sdp("alice", 41000, "sendonly", 2),
                    SipPhone.sdp("bob", 42000, "sendrecv", 2));
            next(events, "call.held", p.alice);

            Holds.resume(call.caller(), call.callee(), SipPhone.sdp("alice", 41000, "sendrecv", 3),
                    SipPhone.sdp("bob", 42000, "sendrecv", 3));
            next(events, "call.resumed", p.alice);

            TwoPhones.hangUp(call);
            next(events, "call.ended", p.alice);
        }
    }

    @Test
    void eventsNeedCredentials(ParleyServer server) {
        try (EventStream events = EventStream.open(server, null)) {
            assertEquals(401, events.status());
        }
    }

    private static EventStream.Event next(EventStream events, String name, String caller) {
        return events.await(name + " of the call from " + caller, WITHIN,
                e -> e.name().equals(name) && isFrom(e, caller));
    }

    private static boolean isFrom(EventStream.Event e, String caller) {
        return e.json().getJsonObject("call").getJsonObject("caller").getString("number").equals(caller);
    }
}
