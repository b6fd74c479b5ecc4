package org.parley.dialplan;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Toll-fraud protection. Calls Parley passes on by itself (a forward, an extra device, a transfer) never reach
 * premium-rate or emergency numbers, nor international numbers — numbers of another country than
 * {@code PARLEY_COUNTRY} — unless an administrator allowed that country ({@code PARLEY_FORWARDING_ALLOWED_COUNTRIES};
 * an unknown code stops the start). A call an extension dials directly reaches only the kinds of numbers its outbound
 * calling class names ({@link NumberKind}); emergency numbers always. Each refusal is logged here, once. Forwarding,
 * transfer and call routing all ask it.
 */
@ApplicationScoped
public class TollFraudPolicy {

    private static final Logger LOG = Logger.getLogger(TollFraudPolicy.class.getName());
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    @Inject
    NumberPlan numbers;

    /** The kind a refusal names when a number is of several (an international premium-rate number). */
    private static final List<NumberKind> REFUSAL_ORDER = List.of(NumberKind.INTERNATIONAL, NumberKind.PREMIUM_RATE,
            NumberKind.MOBILE, NumberKind.NATIONAL, NumberKind.INTERNAL);

    static final String ALLOWED_COUNTRIES_KEY = "PARLEY_FORWARDING_ALLOWED_COUNTRIES";

    @Inject
    @ConfigProperty(name = ALLOWED_COUNTRIES_KEY)
    Optional<String> allowedCountriesSetting;

    private Set<String> allowedCountries;

    protected TollFraudPolicy() {
        // for CDI
    }

    /** A policy for a number plan and the countries forwards may reach, outside CDI (tests). */
    public TollFraudPolicy(NumberPlan numbers, Set<String> allowedCountries) {
        this.numbers = numbers;
        this.allowedCountries = Set.copyOf(allowedCountries);
    }

    @PostConstruct
    void init() {
        allowedCountries = parseCountries(allowedCountriesSetting.orElse(""));
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

    /** Countries other than {@code PARLEY_COUNTRY} that forwards, extra devices and transfers may reach. */
    public Set<String> allowedCountries() {
        return allowedCountries;
    }

    /**
     * Whether a call may be passed on to a number.
     *
     * @param allowed whether it may
     * @param reason  for a refusal, why, for a person ("international numbers (GB) are not allowed")
     */
    public record Verdict(boolean allowed, String reason) {

        public Verdict {
            Objects.requireNonNull(reason, "reason");
        }

        static final Verdict ALLOWED = new Verdict(true, "");
    }

    /** The verdict on passing a call on to {@code e164}; see {@link #check(String, String)}. */
    public Verdict check(String e164) {
        return check(e164, "a transfer");
    }

    /**
     * The verdict on passing a call on to {@code e164} (an extension number, or anything that is not an E.164
     * number, is not this policy's business and is allowed). A refusal is logged with {@code purpose}.
     *
     * @param purpose what wanted to reach the number, for the log ("the unconditional forward of 2001")
     */
    public Verdict check(String e164, String purpose) {
        if (e164 == null || !e164.startsWith("+")) {
            return Verdict.ALLOWED;
        }
        if (NumberKinds.isPremiumRate(e164)) {
            LOG.log(Level.WARNING, "Toll-fraud policy: {0} to {1} refused: premium-rate number",
                    new Object[] {purpose, e164});
            return new Verdict(false, "premium-rate numbers are not allowed");
        }
        boolean international;
        try {
            international = numbers.isInternational(e164);
        } catch (IllegalArgumentException e) {
            return Verdict.ALLOWED; // not a number: routing refuses it on its own
        }
        if (!international) {
            return Verdict.ALLOWED;
        }
        String region = regionOf(e164);
        if (allowedCountries.contains(region)) {
            return Verdict.ALLOWED;
        }
        LOG.log(Level.WARNING, "Toll-fraud policy: {0} to {1} refused: international number ({2}) not in the allowed"
                + " countries {3}", new Object[] {purpose, e164, region, allowedCountries});
        return new Verdict(false, "international numbers (" + region + ") are not allowed: calls are passed on only within "
                + numbers.country() + (allowedCountries.isEmpty() ? ""
                        : " and " + String.join(", ", allowedCountries.stream().sorted().toList())));
    }

    private static String regionOf(String e164) {
        try {
            String region = NUMBERS.getRegionCodeForNumber(NUMBERS.parse(e164, "ZZ"));
            return region == null ? "001" : region;
        } catch (NumberParseException e) {
            return "ZZ";
        }
    }

    /**
     * The verdict on passing a call on to an emergency number ({@code purpose}, e.g. "a transfer"): always refused,
     * and logged. An emergency call is made by the person in need, directly.
     */
    public Verdict passOnToEmergency(String number, String purpose) {
        LOG.log(Level.WARNING, "Toll-fraud policy: {0} to {1} refused: emergency number",
                new Object[] {purpose, number});
        return new Verdict(false, "emergency numbers cannot be a target");
    }

    /**
     * The verdict on a call extension {@code caller} dials directly: allowed when its outbound calling class names
     * every kind the number is ({@link NumberKinds}), and always for an emergency number (or an invalid one, which
     * routing refuses on its own). A refusal's reason is the SIP reason phrase ("International calls not allowed")
     * and is logged.
     */
    public Verdict direct(String caller, Set<NumberKind> callingClass, String dialled) {
        DialedNumber number = numbers.parse(dialled);
        Set<NumberKind> kinds = NumberKinds.of(number);
        if (kinds.contains(NumberKind.EMERGENCY)) {
            return Verdict.ALLOWED;
        }
        for (NumberKind kind : REFUSAL_ORDER) {
            if (kinds.contains(kind) && !callingClass.contains(kind)) {
                LOG.log(Level.WARNING, "Outbound calling class: call from {0} to {1} refused: {2} not in its class {3}",
                        new Object[] {caller, number.normalized(), kind, callingClass.stream().sorted().toList()});
                return new Verdict(false, kind.refusalPhrase());
            }
        }
        return Verdict.ALLOWED;
    }
}
