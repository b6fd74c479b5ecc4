package org.parley.dialplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberKindsTest {

    private final NumberPlan france = new CountryNumberPlan("FR", "2001"::equals);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = ';', value = {
        "2001; INTERNAL",
        "01 23 45 67 89; NATIONAL",
        "02 98 12 34 56; NATIONAL",
        "06 12 34 56 78; MOBILE",
        "+33 6 12 34 56 78; MOBILE",
        "08 91 23 45 67; PREMIUM_RATE",
        "0899123456; PREMIUM_RATE",
        "+44 20 7946 0958; INTERNATIONAL",
        "0044 7911 123456; INTERNATIONAL",
        "112; EMERGENCY",
        "15; EMERGENCY",
    })
    void aNumberOfFranceIsOfOneKind(String dialled, NumberKind kind) {
        assertEquals(Set.of(kind), NumberKinds.of(france.parse(dialled)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"+44 909 876 5432", "00 44 911 876 5432"})
    void aUkPremiumRateNumberIsInternationalAndPremiumRateFromFrance(String dialled) {
        assertEquals(Set.of(NumberKind.INTERNATIONAL, NumberKind.PREMIUM_RATE), NumberKinds.of(france.parse(dialled)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"alice", "0123", "*72"})
    void anInvalidNumberIsOfNoKind(String dialled) {
        assertEquals(Set.of(), NumberKinds.of(france.parse(dialled)));
    }

    @ParameterizedTest(name = "{0} premium-rate: {1}")
    @CsvSource({"+33891234567, true", "+449098765432, true", "+33612345678, false", "+33123456789, false",
        "2001, false", "112, false"})
    void premiumRateNumbersAreToldApartInE164(String number, boolean premium) {
        assertEquals(premium, NumberKinds.isPremiumRate(number));
    }
}
