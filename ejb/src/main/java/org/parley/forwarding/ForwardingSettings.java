package org.parley.forwarding;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.dialplan.NumberPlan;

/**
 * Forwarding's configuration: the company number presented on forwarded calls, the countries forwards may reach
 * besides {@code PARLEY_COUNTRY}, and how many forwards one call may follow. A malformed value stops the start.
 */
@ApplicationScoped
public class ForwardingSettings {

    static final String COMPANY_NUMBER_KEY = "PARLEY_COMPANY_NUMBER";
    static final String ALLOWED_COUNTRIES_KEY = "PARLEY_FORWARDING_ALLOWED_COUNTRIES";
    static final String MAX_HOPS_KEY = "PARLEY_FORWARDING_MAX_HOPS";

    @Inject
    @ConfigProperty(name = COMPANY_NUMBER_KEY)
    Optional<String> companyNumberSetting;

    @Inject
    @ConfigProperty(name = ALLOWED_COUNTRIES_KEY)
    Optional<String> allowedCountriesSetting;

    @Inject
    @ConfigProperty(name = MAX_HOPS_KEY, defaultValue = "5")
    int maxHops;

    @Inject
    NumberPlan numbers;

    private Optional<String> companyNumber;
    private Set<String> allowedCountries;

    @PostConstruct
    void init() {
        companyNumber = companyNumberSetting.map(String::strip).filter(s -> !s.isEmpty()).map(s -> numbers.toE164(s)
                .orElseThrow(() -> new IllegalStateException(COMPANY_NUMBER_KEY + ": '" + s
                        + "' is not a phone number (write it in E.164, e.g. +33123456789)")));
        allowedCountries = parseCountries(allowedCountriesSetting.orElse(""));
        if (maxHops < 1 || maxHops > 20) {
            throw new IllegalStateException(MAX_HOPS_KEY + ": " + maxHops + " is not between 1 and 20");
        }
    }

    /** ISO 3166 alpha-2 codes, comma- or space-separated, any case. */
    static Set<String> parseCountries(String setting) {
        Set<String> codes = Arrays.stream(setting.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        Set<String> known = PhoneNumberUtil.getInstance().getSupportedRegions();
        for (String code : codes) {
            if (!known.contains(code)) {
                throw new IllegalStateException(ALLOWED_COUNTRIES_KEY + ": unknown country code '" + code
                        + "' (use ISO 3166 alpha-2 codes such as BE, DE, GB)");
            }
        }
        return codes;
    }

    /** The company's number in E.164, when configured. */
    public Optional<String> companyNumber() {
        return companyNumber;
    }

    /** Countries other than {@code PARLEY_COUNTRY} that forwards, extra devices and transfers may reach. */
    public Set<String> allowedCountries() {
        return allowedCountries;
    }

    /** How many forwards one call follows at most. */
    public int maxHops() {
        return maxHops;
    }
}
