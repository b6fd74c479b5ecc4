package org.parley.dialplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryNumberPlanTest {

    private static final Set<String> EXTENSIONS = Set.of("2001", "15000");

    private static CountryNumberPlan plan(String country) {
        return new CountryNumberPlan(country, EXTENSIONS::contains);
    }

    private static void assertNumber(NumberClass expectedClass, String expectedNormalized, DialedNumber actual) {
        assertEquals(expectedClass, actual.numberClass(), actual::toString);
        assertEquals(expectedNormalized, actual.normalized(), actual::toString);
    }

    @Test
    void keypadInputWithAPlusIsInternationalFromFrance() {
        DialedNumber n = plan("FR").parse("+1 415 555 0100");

        assertNumber(NumberClass.INTERNATIONAL, "+14155550100", n);
        assertEquals("+1 415 555 0100", n.dialed());
    }

    @Test
    void theInternationalPrefixOfTheCountryStartsAnInternationalNumber() {
        assertNumber(NumberClass.NATIONAL, "+33123456789", plan("FR").parse("0033 1 23 45 67 89"));
        assertNumber(NumberClass.INTERNATIONAL, "+441212345678", plan("FR").parse("0044 121 234 5678"));
        assertNumber(NumberClass.INTERNATIONAL, "+33123456789", plan("US").parse("011 33 1 23 45 67 89"));
    }

    @Test
    void aNationalNumberIsReadWithTheDefaultCountry() {
        assertNumber(NumberClass.NATIONAL, "+33123456789", plan("FR").parse("01 23 45 67 89"));
        assertNumber(NumberClass.NATIONAL, "+33123456789", plan("FR").parse("01.23.45.67.89"));
        assertNumber(NumberClass.NATIONAL, "+33612345678", plan("FR").parse("06-12-34-56-78"));
    }

    @Test
    void parenthesesAndDashesOfAnAmericanNumber() {
        assertNumber(NumberClass.NATIONAL, "+14155550100", plan("US").parse("(415) 555-0100"));
        assertNumber(NumberClass.NATIONAL, "+14155550100", plan("US").parse("+1 (415) 555-0100"));
    }

    @Test
    void theNationalTrunkPrefixInBracketsAfterTheCountryCodeIsDropped() {
        assertNumber(NumberClass.NATIONAL, "+33123456789", plan("FR").parse("+33 (0)1 23 45 67 89"));
    }

    @ParameterizedTest
    @CsvSource({"FR,112", "FR,15", "FR,17", "FR,18", "US,911", "DE,112", "GB,999", "GB,112"})
    void emergencyNumbersOfTheCountry(String country, String dialed) {
        assertNumber(NumberClass.EMERGENCY, dialed, plan(country).parse(dialed));
    }

    @Test
    void emergencyNumbersOfAnotherCountryAreNotEmergencyHere() {
        assertFalse(plan("FR").parse("911").numberClass() == NumberClass.EMERGENCY);
        assertFalse(plan("US").parse("15").numberClass() == NumberClass.EMERGENCY);
    }

    @Test
    void anExistingExtensionIsInternal() {
        assertNumber(NumberClass.INTERNAL, "2001", plan("FR").parse("2001"));
        assertNumber(NumberClass.INTERNAL, "2001", plan("FR").parse(" 20-01 "));
    }

    @Test
    void aNumberThatIsNoExtensionIsReadAsAPhoneNumber() {
        assertNumber(NumberClass.INVALID, "2002", plan("FR").parse("2002"));
    }

    @Test
    void anEmergencyNumberWinsOverAnExtensionStartingTheSame() {
        assertNumber(NumberClass.EMERGENCY, "15", new CountryNumberPlan("FR", n -> true).parse("15"));
    }

    @Test
    void aPlusNumberIsNeverAnExtension() {
        assertEquals(NumberClass.INVALID, new CountryNumberPlan("FR", n -> true).parse("+2001").numberClass());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "sip:alice", "12ab34", "++33123456789", "*72", "#", "0033",
            "999999999999999999999999"})
    void garbageIsInvalid(String dialed) {
        DialedNumber n = plan("FR").parse(dialed);

        assertEquals(NumberClass.INVALID, n.numberClass(), n::toString);
        assertEquals(dialed, n.dialed());
    }

    @Test
    void invalidKeepsTheCleanedInput() {
        assertNumber(NumberClass.INVALID, "12ab", plan("FR").parse("12 ab"));
        assertNumber(NumberClass.INVALID, "", plan("FR").parse(null));
    }

    @Test
    void aDidIsReadInAnyOfTheFormsCarriersSend() {
        CountryNumberPlan fr = plan("FR");

        assertEquals(Optional.of("+33123456789"), fr.toE164("+33123456789"));
        assertEquals(Optional.of("+33123456789"), fr.toE164("0123456789"));
        assertEquals(Optional.of("+33123456789"), fr.toE164("33123456789"));
        assertEquals(Optional.of("+14155550100"), fr.toE164("14155550100"));
        assertEquals(Optional.empty(), fr.toE164("2001"));
        assertEquals(Optional.empty(), fr.toE164("not a number"));
    }

    @Test
    void internationalIsRelativeToTheConfiguredCountry() {
        assertFalse(plan("FR").isInternational("+33123456789"));
        assertTrue(plan("FR").isInternational("+14155550100"));
        assertFalse(plan("US").isInternational("+14155550100"));
        assertTrue(plan("US").isInternational("+33123456789"));
        assertThrows(IllegalArgumentException.class, () -> plan("FR").isInternational("0123456789"));
        assertThrows(IllegalArgumentException.class, () -> plan("FR").isInternational("+"));
    }

    @Test
    void theCountryIsAnUpperCaseIsoCode() {
        assertEquals("FR", plan("fr").country());
    }

    @Test
    void anUnknownCountryIsRefusedWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> plan("XX"));

        assertTrue(e.getMessage().contains("unknown country code 'XX'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> plan("France"));
    }
}
