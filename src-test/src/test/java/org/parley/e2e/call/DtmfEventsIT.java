package org.parley.e2e.call;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.test.support.EventStream;
import org.parley.test.support.ParleyServer;
import org.parley.test.support.SharedParleyServer;
import org.parley.test.support.SipPhone;

/**
 * A key pressed on a phone in a call reaches a CRM as {@code call.dtmf} on {@code /api/events}: the digit, how it
 * came (SIP INFO here), the call (its id in the {@code call.*} events) and the leg it was pressed on, which the
 * call's own events list. RFC 4733 from a real phone: {@code FeatureCodePromptsIT}.
 */
@ExtendWith(SharedParleyServer.class)
class DtmfEventsIT {

    private static final Duration WITHIN = Duration.ofSeconds(15);

    @Test
    void keysSentAsSipInfoAreAnnouncedOnceEach(ParleyServer server) {
        try (EventStream events = EventStream.open(server); TwoPhones p = TwoPhones.register(server)) {
            assertEquals(200, events.status(), "GET /api/events");
            TwoPhones.Connected call = p.connect(SipPhone.offer("alice", 41000), SipPhone.offer("bob", 42000));
            JsonObject answered = events.await("call.answered of alice's call", WITHIN,
                    e -> e.name().equals("call.answered") && e.json().getJsonObject("call")
                            .getJsonObject("caller").getString("number").equals(p.alice)).json();
            List<String> legs = answered.getJsonObject("call").getJsonArray("legs").getValuesAs(JsonObject.class)
                    .stream().map(l -> l.getString("id")).toList();

            press(call.caller(), call.callee(), "application/dtmf-relay", "Signal=5\r\nDuration=160\r\n");
            press(call.caller(), call.callee(), "application/dtmf", "#");

            JsonObject hash = events.await("call.dtmf #", WITHIN, e -> e.name().equals("call.dtmf")
                    && e.json().getString("digit").equals("#")).json();
            List<JsonObject> dtmf = events.events().stream().filter(e -> e.name().equals("call.dtmf"))
                    .map(EventStream.Event::json).filter(j -> legs.contains(j.getString("leg"))).toList();
            assertEquals(List.of("5", "#"), dtmf.stream().map(j -> j.getString("digit")).toList(), "once each");
            assertEquals("SIP_INFO", hash.getString("method"));
            assertEquals("call.dtmf", hash.getString("type"));
            assertEquals(dtmf.get(0).getString("leg"), hash.getString("leg"), "both pressed on alice's leg");
            assertEquals(answered.getJsonObject("call").getString("id"), hash.getString("call"), "in alice's call");

            TwoPhones.hangUp(call);
            CallRecords.awaitNoActiveCallOf(server, p.alice, p.bob);
        }
    }

    /** Sends one INFO from {@code from}; bob's phone gets it relayed and answers 200. */
    private static void press(SipPhone.Dialog from, SipPhone.Dialog to, String type, String body) {
        SipPhone.Sent sent = from.send("INFO", type, body);
        to.respondTo(TwoPhones.relayed(sent, to, "INFO"), 200, null, "");
        assertEquals(200, sent.awaitFinal().status());
    }
}
