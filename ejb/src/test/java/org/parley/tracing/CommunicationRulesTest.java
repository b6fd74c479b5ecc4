package org.parley.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.platform.error.FieldError;

/** The rules of the call form of the 004 document. */
class CommunicationRulesTest {

    private static CommunicationInput call(String direction, PartyInput sender, PartyInput recipient) {
        CommunicationInput in = new CommunicationInput();
        in.setDirection(direction);
        in.setSender(sender);
        in.setRecipient(recipient);
        return in;
    }

    private static List<String> fields(CommunicationInput in) {
        return in.ruleErrors().stream().map(FieldError::field).sorted().toList();
    }

    @Test
    void oneKnownContactOrCompanyIsEnough() {
        assertEquals(List.of(), fields(call("INCOMING", PartyInput.contact(1), PartyInput.user("alice"))));
        assertEquals(List.of(), fields(call("OUTGOING", PartyInput.user("alice"), PartyInput.company(2))));
        assertEquals(List.of(), fields(call("OUTGOING", null, PartyInput.contact(3))), "the other may be cleared");
    }

    @Test
    void twoUnknownPartiesAreRefusedOnBoth() {
        assertEquals(List.of("recipient", "sender"),
                fields(call("INCOMING", PartyInput.number("+33123456789"), PartyInput.user("alice"))));
        assertEquals(List.of("recipient", "sender"), fields(call("INCOMING", null, null)));
    }

    @Test
    void aPartyIsOneThing() {
        PartyInput both = new PartyInput(1L, 2L, null, null);
        assertEquals(List.of("sender"), fields(call("INCOMING", both, PartyInput.contact(1))));
    }

    @Test
    void reachedIsForOutgoingCallsAndProcessedForIncomingOnes() {
        CommunicationInput incoming = call("INCOMING", PartyInput.contact(1), PartyInput.user("alice"));
        incoming.setReached(true);
        incoming.setProcessed(true);
        assertEquals(List.of("reached"), fields(incoming));

        CommunicationInput outgoing = call("OUTGOING", PartyInput.user("alice"), PartyInput.contact(1));
        outgoing.setReached(false);
        outgoing.setProcessed(false);
        assertEquals(List.of("processed"), fields(outgoing));
    }

    @Test
    void aMessageIsLeftOnlyWhenAnOutgoingCallWasNotReached() {
        CommunicationInput notReached = call("OUTGOING", PartyInput.user("alice"), PartyInput.contact(1));
        notReached.setReached(false);
        notReached.setMessageLeft(true);
        assertEquals(List.of(), fields(notReached));

        notReached.setReached(true);
        assertEquals(List.of("messageLeft"), fields(notReached));
    }

    @Test
    void turningTheDirectionSwapsTheParties() {
        CommunicationInput in = call("OUTGOING", PartyInput.user("alice"), PartyInput.contact(7));
        in.setReached(false);
        in.setMessageLeft(true);

        in.turnTo(CommunicationDirection.INCOMING);

        assertEquals("INCOMING", in.getDirection());
        assertEquals(PartyInput.contact(7), in.getSender());
        assertEquals(PartyInput.user("alice"), in.getRecipient());
        assertNull(in.getReached(), "reached does not apply to an incoming call");
        assertNull(in.getMessageLeft());
        assertTrue(in.ruleErrors().isEmpty());

        in.turnTo(CommunicationDirection.INCOMING);
        assertEquals(PartyInput.contact(7), in.getSender(), "the same direction changes nothing");
    }
}
