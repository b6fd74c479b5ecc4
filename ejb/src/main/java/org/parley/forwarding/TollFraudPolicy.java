package org.parley.forwarding;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parley.dialplan.NumberPlan;

/**
 * Toll-fraud protection: calls Parley passes on by itself (a forward, an extra device, a transfer) do not reach
 * international numbers — numbers of another country than {@code PARLEY_COUNTRY} — unless an administrator allowed
 * that country ({@code PARLEY_FORWARDING_ALLOWED_COUNTRIES}). Each refusal is logged here, once.
 */
@ApplicationScoped
public class TollFraudPolicy {

    private static final Logger LOG = Logger.getLogger(TollFraudPolicy.class.getName());
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    @Inject
    NumberPlan numbers;

    @Inject
    ForwardingSettings settings;

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
        if (settings.allowedCountries().contains(region)) {
            return Verdict.ALLOWED;
        }
        LOG.log(Level.WARNING, "Toll-fraud policy: {0} to {1} refused: international number ({2}) not in the allowed"
                + " countries {3}", new Object[] {purpose, e164, region, settings.allowedCountries()});
        return new Verdict(false, "international numbers (" + region + ") are not allowed: forwarding is limited to "
                + numbers.country() + (settings.allowedCountries().isEmpty() ? ""
                        : " and " + String.join(", ", settings.allowedCountries().stream().sorted().toList())));
    }

    private static String regionOf(String e164) {
        try {
            String region = NUMBERS.getRegionCodeForNumber(NUMBERS.parse(e164, "ZZ"));
            return region == null ? "001" : region;
        } catch (NumberParseException e) {
            return "ZZ";
        }
    }
}
