package org.parley.dialplan.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.dialplan.CountryNumberPlan;
import org.parley.dialplan.DialedNumber;
import org.parley.dialplan.NumberPlan;
import org.parley.directory.SipSecrets;

/**
 * The number plan of {@code PARLEY_COUNTRY} (default {@code FR}); extensions are recognised from the directory's
 * in-memory cache.
 */
@ApplicationScoped
public class ConfiguredNumberPlan implements NumberPlan {

    static final String COUNTRY_KEY = "PARLEY_COUNTRY";

    @Inject
    @ConfigProperty(name = COUNTRY_KEY, defaultValue = "FR")
    String country;

    @Inject
    SipSecrets extensions;

    private NumberPlan plan;

    @PostConstruct
    void init() {
        try {
            plan = new CountryNumberPlan(country, number -> extensions.of(number).isPresent());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(COUNTRY_KEY + ": " + e.getMessage(), e);
        }
    }

    @Override
    public DialedNumber parse(String dialed) {
        return plan.parse(dialed);
    }

    @Override
    public Optional<String> toE164(String number) {
        return plan.toE164(number);
    }

    @Override
    public String country() {
        return plan.country();
    }

    @Override
    public boolean isInternational(String e164) {
        return plan.isInternational(e164);
    }
}
