package org.parley.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.dialplan.CountryNumberPlan;

class PhoneNumbersTest {

    private final PhoneNumbers numbers = new PhoneNumbers(new CountryNumberPlan("FR", Set.of("2001")::contains));

    @Test
    void everyFormAPhonePresentsGivesTheSameE164() {
        for (String form : new String[] {"+33 1 23 45 67 89", "01 23 45 67 89", "0123456789", "33123456789",
            "0033123456789", "+33 (0)1.23.45.67.89"}) {
            assertEquals(Optional.of("+33123456789"), numbers.normalise(form), form);
        }
    }

    @Test
    void foreignNumbersKeepTheirCountry() {
        assertEquals(Optional.of("+4915123456789"), numbers.normalise("+49 151 23456789"));
    }

    @Test
    void anExtensionStaysItsNumber() {
        assertEquals(Optional.of("2001"), numbers.normalise("2001"));
    }

    @Test
    void textIsNoNumber() {
        assertEquals(Optional.empty(), numbers.normalise("call me"));
        assertEquals(Optional.empty(), numbers.normalise(""));
        assertEquals(Optional.empty(), numbers.normalise("12"));
    }

    @Test
    void aSearchMatchesNamesAndTheDigitsOfNumbers() {
        SearchTerm term = SearchTerm.of("01 23 45", numbers);
        assertEquals(Optional.of("%01 23 45%"), term.namePattern());
        assertEquals(Optional.of("%12345%"), term.digitPattern(), "a national number's leading 0 is dropped");
        assertEquals(Optional.empty(), term.number());

        SearchTerm whole = SearchTerm.of("0123456789", numbers);
        assertEquals(Optional.of("+33123456789"), whole.number());

        SearchTerm name = SearchTerm.of("Dupont 2", numbers);
        assertEquals(Optional.empty(), name.digitPattern(), "a name with a digit is no number");
        assertEquals(Optional.of("%dupont 2%"), name.namePattern());

        SearchTerm like = SearchTerm.of("50%_off", numbers);
        assertEquals(Optional.of("%50\\%\\_off%"), like.namePattern(), "LIKE wildcards are matched literally");
    }
}
