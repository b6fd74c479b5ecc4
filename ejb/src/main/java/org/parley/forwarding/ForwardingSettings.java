package org.parley.forwarding;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.dialplan.NumberPlan;

/**
 * Forwarding's configuration: the company number presented on forwarded calls and how many forwards one call may
 * follow (the countries forwards may reach are the {@link org.parley.dialplan.TollFraudPolicy}'s). A malformed value
 * stops the start.
 */
@ApplicationScoped
public class ForwardingSettings {

    static final String COMPANY_NUMBER_KEY = "PARLEY_COMPANY_NUMBER";
    static final String MAX_HOPS_KEY = "PARLEY_FORWARDING_MAX_HOPS";

    @Inject
    @ConfigProperty(name = COMPANY_NUMBER_KEY)
    Optional<String> companyNumberSetting;

    @Inject
    @ConfigProperty(name = MAX_HOPS_KEY, defaultValue = "5")
    int maxHops;

    @Inject
    NumberPlan numbers;

    private Optional<String> companyNumber;

    @PostConstruct
    void init() {
        companyNumber = companyNumberSetting.map(String::strip).filter(s -> !s.isEmpty()).map(s -> numbers.toE164(s)
                .orElseThrow(() -> new IllegalStateException(COMPANY_NUMBER_KEY + ": '" + s
                        + "' is not a phone number (write it in E.164, e.g. +33123456789)")));
        if (maxHops < 1 || maxHops > 20) {
            throw new IllegalStateException(MAX_HOPS_KEY + ": " + maxHops + " is not between 1 and 20");
        }
    }

    /** The company's number in E.164, when configured. */
    public Optional<String> companyNumber() {
        return companyNumber;
    }

    /** How many forwards one call follows at most. */
    public int maxHops() {
        return maxHops;
    }
}
