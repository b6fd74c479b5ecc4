package org.parley.web.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.parley.tracing.PartyInput;

class PartyChoiceTest {

    @Test
    void labelsOfTheAutocompleteReadBackAsParties() {
        assertEquals(PartyInput.contact(12), PartyChoice.input("Marc Petit (#12)"));
        assertEquals(PartyInput.company(3), PartyChoice.input("Acme (Paris) (company #3)"));
        assertEquals(PartyInput.user("alice"), PartyChoice.input("alice (user)"));
        assertEquals(PartyInput.number("+33 1 23 45 67 89"), PartyChoice.input(" +33 1 23 45 67 89 "),
                "anything else is a number");
        assertNull(PartyChoice.input("  "), "cleared");
    }
}
