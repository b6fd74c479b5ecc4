package org.parley.dialplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TollFraudPolicyTest {

    private final TollFraudPolicy policy = new TollFraudPolicy(new CountryNumberPlan("FR", "2001"::equals), Set.of());

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "+44 20 7946 0958; International calls not allowed",
        "+44 909 876 5432; International calls not allowed",
        "08 91 23 45 67; Premium-rate calls not allowed",
    })
    void theDefaultClassRefusesInternationalAndPremiumRateWithAReasonPhrase(String dialled, String phrase) {
        TollFraudPolicy.Verdict verdict = policy.direct("2002", NumberKind.DEFAULT_CLASS, dialled);

        assertFalse(verdict.allowed());
        assertEquals(phrase, verdict.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2001", "01 23 45 67 89", "06 12 34 56 78", "112", "15"})
    void theDefaultClassAllowsInternalNationalMobileAndEmergencyNumbers(String dialled) {
        assertTrue(policy.direct("2002", NumberKind.DEFAULT_CLASS, dialled).allowed());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"112", "15", "17", "18"})
    void emergencyNumbersAreAllowedToAnExtensionThatMayCallNothing(String dialled) {
        assertTrue(policy.direct("2002", Set.of(), dialled).allowed());
    }

    @Test
    void aClassWithoutMobileRefusesMobilesAndOneWithoutInternalRefusesExtensions() {
        Set<NumberKind> fixedOnly = EnumSet.of(NumberKind.NATIONAL);

        assertEquals("Mobile calls not allowed", policy.direct("2002", fixedOnly, "0612345678").reason());
        assertEquals("Internal calls not allowed", policy.direct("2002", fixedOnly, "2001").reason());
        assertTrue(policy.direct("2002", fixedOnly, "0123456789").allowed());
    }

    @Test
    void aRaisedClassAllowsInternationalAndPremiumRate() {
        Set<NumberKind> raised = EnumSet.complementOf(EnumSet.of(NumberKind.EMERGENCY));

        assertTrue(policy.direct("2002", raised, "+442079460958").allowed());
        assertTrue(policy.direct("2002", raised, "0891234567").allowed());
        assertTrue(policy.direct("2002", raised, "+449098765432").allowed(), "an international premium-rate number");
        assertEquals("Premium-rate calls not allowed", policy.direct("2002",
                EnumSet.of(NumberKind.INTERNATIONAL), "+449098765432").reason(), "international alone is not enough");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"+33891234567", "+33899123456", "+449098765432"})
    void premiumRateNumbersAreNeverPassedOn(String e164) {
        TollFraudPolicy.Verdict verdict = policy.check(e164, "the unconditional forward of 2002");

        assertFalse(verdict.allowed());
        assertEquals("premium-rate numbers are not allowed", verdict.reason());
    }

    @Test
    void premiumRateIsRefusedEvenInACountryForwardsMayReach() {
        TollFraudPolicy gbAllowed = new TollFraudPolicy(new CountryNumberPlan("FR", n -> false), Set.of("GB"));

        assertTrue(gbAllowed.check("+442079460958", "a transfer").allowed());
        assertFalse(gbAllowed.check("+449098765432", "a transfer").allowed());
    }

    @Test
    void nationalAndMobileNumbersArePassedOnAndEmergencyNumbersNever() {
        assertTrue(policy.check("+33123456789", "a transfer").allowed());
        assertTrue(policy.check("+33612345678", "a transfer").allowed());
        assertFalse(policy.passOnToEmergency("112", "a transfer").allowed());
    }
}
