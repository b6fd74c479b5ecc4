package org.parley.call.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.dialplan.NumberPlan;

/**
 * Toll-fraud protection for calls Parley places on a party's behalf (a transfer to an outside number): a number of
 * another country than {@code PARLEY_COUNTRY} (libphonenumber, through {@link NumberPlan}) is refused unless its
 * country is in {@code PARLEY_FORWARDING_ALLOWED_COUNTRIES} (the allow-list forwarding uses). Every refusal is logged.
 */
@ApplicationScoped
public class InternationalTargets {

    private static final Logger LOG = Logger.getLogger(InternationalTargets.class.getName());
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    @Inject
    NumberPlan numbers;

    @Inject
    @ConfigProperty(name = "PARLEY_FORWARDING_ALLOWED_COUNTRIES", defaultValue = " ")
    String allowed;

    /** Why a call may not be passed on to {@code e164}; empty when it may. */
    Optional<String> refusal(String e164) {
        if (!numbers.isInternational(e164)) {
            return Optional.empty();
        }
        String region = NUMBERS.getRegionCodeForNumber(parse(e164));
        if (allowedCountries().contains(region)) {
            return Optional.empty();
        }
        String reason = e164 + " is an international number (" + region + "); transfers are limited to "
                + numbers.country();
        LOG.warning(() -> "Toll-fraud protection: transfer to " + e164 + " refused (" + region + ")");
        return Optional.of(reason);
    }

    private Set<String> allowedCountries() {
        return Arrays.stream(allowed.split(",")).map(c -> c.trim().toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty()).collect(Collectors.toSet());
    }

    private static Phonenumber.PhoneNumber parse(String e164) {
        try {
            return NUMBERS.parse(e164, "ZZ");
        } catch (NumberParseException e) {
            throw new IllegalArgumentException(e164 + " is not an E.164 number", e);
        }
    }
}
